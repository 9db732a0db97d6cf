"""The lower-case search column: names, full pinyin, pinyin initials, numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from familyedu.services.core.validation import clean_text


# Names repeat a lot (surnames, common given names), and pypinyin's segmentation is the
# slow part of building a search column: a bulk import of 100,000 families hits these often.
@lru_cache(maxsize=32768)
def name_keys(name: str) -> tuple[str, ...]:
    """'张小明' -> ('张小明', 'zhangxiaoming', 'zxm'), with other readings of a surname."""
    # pypinyin's phrase dictionary takes ~0.4 s to load: only a write or an import needs
    # it, never the start of the app (issue #7).
    from pypinyin import Style, lazy_pinyin, pinyin

    name = name.strip()
    if not name:
        return ()
    full = "".join(lazy_pinyin(name, errors="ignore")).lower()
    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")).lower()
    keys = [name.lower(), full, initials]
    # Surnames are often polyphonic (单 shan/dan, 曾 zeng/ceng): index every reading of the
    # first character so a counselor finds the child whichever one they type.
    readings = pinyin(name[0], style=Style.NORMAL, heteronym=True, errors="ignore")
    rest = "".join(lazy_pinyin(name[1:], errors="ignore")).lower()
    rest_initials = "".join(lazy_pinyin(name[1:], style=Style.FIRST_LETTER, errors="ignore"))
    for reading in readings[0] if readings else []:
        variant = reading.lower() + rest
        if variant != full:
            keys.extend([variant, reading[:1].lower() + rest_initials.lower()])
    return tuple(dict.fromkeys(k for k in keys if k))


# The width of the name_pinyin columns (a sort key: the first 200 letters are plenty).
PINYIN_WIDTH = 200


@lru_cache(maxsize=32768)
def pinyin_of(name: str) -> str:
    """A name's pinyin without tones or spaces, cut to the column's width."""
    from pypinyin import lazy_pinyin

    # A 60-character name can spell 300 letters, which PostgreSQL would refuse to store.
    return "".join(lazy_pinyin(name.strip(), errors="ignore")).lower()[:PINYIN_WIDTH]


def build(*, case_number: str, names: Iterable[str], numbers: Iterable[str]) -> str:
    """A case's search text: its number, the names' keys and endings, and the numbers."""
    parts: list[str] = [case_number.lower(), case_number.lower().replace("-", "")]
    endings: list[str] = []
    for name in names:
        keys = name_keys(name)
        parts.extend(keys)
        if keys:
            endings.extend(name_endings(keys[0]))
    parts.extend(n.lower().replace("-", "") for n in numbers if n)
    parts.extend(endings)  # last, as migration 0004 appended them to existing rows
    return " ".join(dict.fromkeys(p for p in parts if p))


# Terms this long are looked up in a trigram index (migration 0002) and match anywhere; shorter
# ones match the start of a word through a prefix index (migration 0004).
TRIGRAM = 3


def fts_query(terms: Iterable[str]) -> str:
    """An FTS5 MATCH expression requiring every term as a literal substring."""
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def query_terms(text: str) -> list[str]:
    """Split what was typed into terms that must all match; hyphens in phones are ignored.

    Control characters and lone surrogates (a bad paste) are dropped: neither driver can
    send them as a query parameter.
    """
    text = clean_text(text)
    return [t.replace("-", "") for t in text.lower().split() if t.replace("-", "")]


_CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]{2,}")


def name_endings(word: str) -> list[str]:
    """'张小明' -> ['小明', '明']: a term of one or two characters matches the start of a
    word (migration 0004), and with these a given name is found from its first character."""
    # A run inside the word ("阿依·买买提" -> "买买提") is a word of its own as well.
    return [m.group()[i:] for m in _CJK_RUN.finditer(word)
            for i in range(1 if m.start() == 0 else 0, len(m.group()))]
