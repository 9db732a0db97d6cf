"""Small corrections to reportlab for Chinese text, installed once before any build."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from reportlab.lib import textsplit
from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph

# Full-width punctuation that must not begin a line. reportlab's list covers 、and 。 but not
# ，：；？！ or closing quotes and brackets, so a comma could start a line.
_CANNOT_START = "，：；？！）》〉」』】〕］｝”’…—％"

_lock = threading.Lock()
_installed = False


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    # reportlab writes code points above U+FFFF as five hex digits, which is invalid, and
    # PDF readers then lose every character of that font subset when copying or searching.
    def utf16_hex(cp: int) -> str:
        return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16_hex(cp)}>" for i, cp in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]
    return "\n".join(lines)


def _cjk_frag_split(frags: Any, max_widths: Any, calc_bounds: Any,
                    encoding: str = "utf8") -> Any:
    """reportlab's cjkFragSplit, except for punctuation that cannot start a line: reportlab
    hangs it past the right edge (up to 5 mm outside the text block); here the character
    before it moves down with it, as WPS and Word do (GB/T 9704: nothing outside the
    block). Only when that is impossible (a line of one character) does it still hang."""
    p = paragraph
    units: list[Any] = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            units.extend(p.cjkU(t, f, encoding) for t in text)
        else:
            units.append(p.cjkU(text, f, encoding))
    lines: list[Any] = []
    i = line_start = 0
    used = 0.0
    max_width = max_widths[0]
    while i < len(units):
        u = units[i]
        i += 1
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_width
            w = w.normalizedValue(max_width)
        used += w
        line_break = hasattr(u.frag, "lineBreak")
        if (used > max_width + p._FUZZ and used > 0) or line_break:
            extra = max_width - used
            if not line_break:
                if ord(u) < 0x3000:  # a Latin run: break at its last space, as reportlab
                    for j in range(i - 1, (line_start + i) >> 1, -1):
                        uj = units[j]
                        if (uj and p.category(uj) == "Zs") or ord(uj) >= 0x3000:
                            k = j + 1
                            if k < i:
                                j = k + 1
                                extra += sum(units[n].width for n in range(j, i))
                                w, u, i = units[k].width, units[k], j
                                break
                # Back to the character that may start the next line, taking along any
                # punctuation that may not.
                j = i - 1
                while j > line_start and units[j] in p.ALL_CANNOT_START:
                    j -= 1
                if j > line_start:
                    extra += w + sum(units[n].width for n in range(j, i - 1))
                    i = j
            lines.append(p.makeCJKParaLine(units[line_start:i], max_width, used, extra,
                                           line_break, calc_bounds))
            max_width = max_widths[min(len(lines), len(max_widths) - 1)]
            line_start = i
            used = 0
    if used > 0:
        lines.append(p.makeCJKParaLine(units[line_start:], max_width, used, max_width - used,
                                       False, calc_bounds))
    return p.ParaLines(kind=1, lines=lines)


def _dumb_split(word: str, widths: Sequence[float], max_widths: Any) -> list[list[Any]]:
    """reportlab's dumbSplit (lines of one-font Chinese text) with the same rule as
    `_cjk_frag_split`: punctuation that cannot start a line takes the character before it
    down with it rather than hanging past the right edge."""
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    lines: list[list[Any]] = []
    i = line_start = 0
    used = 0.0
    max_width = max_widths[0]
    while i < len(word):
        w, c = widths[i], word[i]
        used += w
        i += 1
        if used > max_width + paragraph._FUZZ and used > 0:
            extra = max_width - used
            if ord(c) < 0x3000:  # a Latin run: break at its last space, as reportlab
                for j in range(i - 1, (line_start + i) >> 1, -1):
                    cj = word[j]
                    if paragraph.category(cj) == "Zs" or ord(cj) >= 0x3000:
                        k = j + 1
                        if k < i:
                            j = k + 1
                            extra += sum(widths[j:i])
                            w, c, i = widths[k], word[k], j
                            break
            j = i - 1
            while j > line_start and word[j] in textsplit.ALL_CANNOT_START:
                j -= 1
            if j > line_start:
                extra += w + sum(widths[j:i - 1])
                i = j
            lines.append([extra, word[line_start:i].strip()])
            max_width = max_widths[min(len(lines), len(max_widths) - 1)]
            line_start = i
            used = 0
    if used > 0:
        lines.append([max_width - used, word[line_start:]])
    return lines


def install() -> None:
    """Patch reportlab's ToUnicode maps and CJK line-start rules (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        paragraph.cjkFragSplit = _cjk_frag_split
        textsplit.dumbSplit = _dumb_split
        # Both line breakers (single- and multi-font paragraphs) read their own copy.
        for module in (textsplit, paragraph):
            extra = "".join(ch for ch in _CANNOT_START if ch not in module.ALL_CANNOT_START)
            module.ALL_CANNOT_START = module.ALL_CANNOT_START + extra
        _installed = True
