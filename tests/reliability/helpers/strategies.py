"""Hypothesis strategies for what people paste into forms: every kind of awkward text and date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import strategies as st

# Characters that have broken real programs: NUL (refused by PostgreSQL), other controls,
# lone surrogates (not encodable as UTF-8), BOM, zero-width and direction marks, full-width
# space, combining marks, Extension B-G ideographs, emoji with joiners and skin tones, RTL.
NASTY = [
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\ud800", "\udfff", "\ufeff", "\u200b",
    "\u200d", "\u202e", "\u2066", "\u3000", "\u0301", "\u0338", "\ufffd", "\uffff", "\U0010ffff",
    "𠮷", "𡈽", "𪚥", "𫝆", "𬺰", "𰻝", "👨‍👩‍👧‍👦", "👍🏽", "🇨🇳", "مرحبا", "שלום", "ﷺ", "㊙", "〇",
    "\r\n", "\t", "\n", "e\u0301", "Å", "ﬁ", "１２３", "٣", "𝟘",
]
BLANK = ["", " ", "  ", "\u3000", "\t", "\n", "\r\n", "\u200b", "\x00", " \u3000 \t"]
CHINESE = "张王李赵刘陈杨黄周吴小明花建国桂英思远可欣单曾家庭教育指导中心城关镇幸福村"

piece = st.one_of(
    st.characters(),  # all of Unicode but surrogates
    st.characters(categories=["Cs"]),  # lone surrogates
    st.sampled_from(NASTY),
    st.sampled_from(list(CHINESE)),
)


def pieces(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    return st.lists(piece, min_size=min_size, max_size=max_size).map("".join)


plain_text = st.text(st.sampled_from(list(CHINESE) + list("abc 123-()")), max_size=30)


@st.composite
def long_text(draw: st.DrawFn) -> str:
    """Thousands of characters without making hypothesis draw each one."""
    chunk = draw(pieces(1, 8))
    return chunk * draw(st.integers(1, 6000 // len(chunk) + 2))


nasty_text = st.one_of(
    pieces(),
    st.sampled_from(BLANK),
    st.lists(st.sampled_from(NASTY), max_size=6).map("".join),
    long_text(),
    plain_text,
)

# Mostly plausible names with the odd nasty one, so some examples get past validation.
person_names = st.one_of(
    st.text(st.sampled_from(list(CHINESE)), min_size=1, max_size=4),
    st.lists(st.sampled_from(list(CHINESE) + NASTY), min_size=1, max_size=6).map("".join),
    st.text(st.sampled_from(list(CHINESE)), min_size=55, max_size=70),
    nasty_text,
)

extreme_dates = st.one_of(
    st.sampled_from([date.min, date.max, date(1899, 12, 31), date(1900, 1, 1),
                     date(2100, 12, 31), date(2101, 1, 1), date(2026, 11, 27)]),
    st.dates(),
    st.dates(date(2008, 1, 1), date(2026, 11, 27)),
)
optional_dates = st.one_of(st.none(), extreme_dates)
extreme_datetimes = st.one_of(
    st.sampled_from([datetime.min, datetime.max, datetime(2026, 11, 27, 10, 0)]),
    st.datetimes(),
    st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31)),
    st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31),
                 timezones=st.sampled_from([UTC, timezone(timedelta(hours=8))])),
)
huge_ints = st.one_of(st.integers(-5, 2000), st.sampled_from([-2**31, 2**31, 2**63, -2**63]),
                      st.integers())
odd_floats = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True),
                       st.floats(0, 1200), st.sampled_from([0.05, 19.95, 999.99, -0.0]))


def codes(valid: list[str]) -> st.SearchStrategy[str]:
    """A list's codes, and what else might arrive in their place."""
    return st.one_of(st.sampled_from(valid), st.sampled_from(valid), nasty_text)


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    """Valid ID numbers (written in the ways people write them) and near misses."""
    from stdnum.cn import ric

    born = draw(st.dates(date(2009, 1, 1), date(2026, 11, 1)))
    body = f"520102{born:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    valid = body + ric.calc_check_digit(body + "0")  # it skips the last character
    kind = draw(st.sampled_from(["valid", "spaced", "lower", "wrong", "short", "text"]))
    if kind == "valid":
        return valid
    if kind == "spaced":
        return f" {valid[:6]} {valid[6:14]} {valid[14:]} "
    if kind == "lower":
        return valid.lower()
    if kind == "wrong":
        return valid[:-1] + ("0" if valid[-1] != "0" else "1")
    if kind == "short":
        return valid[:draw(st.integers(0, 17))]
    return draw(nasty_text)


@st.composite
def phones(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["mobile", "landline", "formatted", "text", "empty"]))
    if kind == "mobile":
        return f"1{draw(st.integers(3, 9))}{draw(st.integers(0, 10**9 - 1)):09d}"
    if kind == "landline":
        return f"0{draw(st.integers(10, 999))}-{draw(st.integers(1000000, 99999999))}"
    if kind == "formatted":
        return f"+86 138 {draw(st.integers(1000, 9999))} {draw(st.integers(1000, 9999))}"
    if kind == "empty":
        return draw(st.sampled_from(BLANK))
    return draw(nasty_text)


def storable_text(max_size: int) -> st.SearchStrategy[str]:
    """Awkward text a form must accept: emoji, RTL, rare CJK, controls and surrogates that
    cleaning removes, combining marks; at most `max_size` characters."""
    return st.lists(piece, max_size=min(max_size, 60)).map("".join).filter(
        lambda t: len(t) <= max_size)


NAME_PIECES = [c for c in NASTY if not any(ch.isdigit() or ch in "\n\t" for ch in c)]
valid_names = st.tuples(
    st.text(st.sampled_from(list(CHINESE)), min_size=1, max_size=3),
    st.lists(st.sampled_from(NAME_PIECES + list(CHINESE)), max_size=4).map("".join),
).map("".join).filter(lambda n: 0 < len(n) <= 60)


def resident_id_for(born: date, male: bool, serial: int) -> str:
    """A valid ID number of someone born on `born` (the 17th digit is odd for males)."""
    from stdnum.cn import ric

    body = f"520102{born:%Y%m%d}{serial % 100:02d}{(serial % 5) * 2 + (1 if male else 0)}"
    return body + str(ric.calc_check_digit(body + "0"))  # it skips the last character
