"""Rebuild HanaMinA-subset.ttf: the Hanazono Mincho A glyphs that UMing and WenQuanYi lack.

Run once with fontTools available (pip install fonttools; not an app dependency):
    python scripts/make_fallback_subset.py /usr/share/fonts/truetype/hanazono/HanaMinA.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent.parent / "familyedu" / "resources" / "fonts"


def main(source: str) -> None:
    have: set[int] = set()
    for ttc in ("uming.ttc", "wqy-microhei.ttc"):
        have |= set(TTCollection(str(HERE / ttc)).fonts[0].getBestCmap())
    font = TTFont(source)
    needed = sorted(cp for cp in font.getBestCmap() if cp not in have)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.layout_features = ["*"]
    options.hinting = False  # hinting is most of the file and PDFs do not use it
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=needed)
    subsetter.subset(font)
    font.save(str(HERE / "HanaMinA-subset.ttf"))
    print(f"{len(needed)} code points")


if __name__ == "__main__":
    main(sys.argv[1])
