"""Two small corrections to reportlab for Chinese text, installed once before any build."""

from __future__ import annotations

import threading
from collections.abc import Sequence

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


def install() -> None:
    """Patch reportlab's ToUnicode maps and CJK line-start rules (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        # Both line breakers (single- and multi-font paragraphs) read their own copy.
        for module in (textsplit, paragraph):
            extra = "".join(ch for ch in _CANNOT_START if ch not in module.ALL_CANNOT_START)
            module.ALL_CANNOT_START = module.ALL_CANNOT_START + extra
        _installed = True
