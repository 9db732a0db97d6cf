"""Copy the licence texts of everything a bundle ships into one folder, with an index.

    python packaging/collect_licences.py build/familyedu-…/licences

Libraries: the licence files of each installed distribution (its dist-info); Python's own;
Qt's (LGPL-3.0) and SQLCipher's from packaging/licences/. The fonts' licences stay beside the
fonts (familyedu/resources/fonts), where the About dialog points as well.
"""

from __future__ import annotations

import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from familyedu.about import BUNDLED_DISTRIBUTIONS, library_licences  # noqa: E402


def main(target: Path) -> int:
    target.mkdir(parents=True, exist_ok=True)
    lines = ["Libraries shipped in this folder and their licences", ""]
    for lib in library_licences():
        lines.append(f"{lib.name} {lib.version}: {lib.licence}")
    for name in BUNDLED_DISTRIBUTIONS:
        try:
            files = metadata.files(name) or []
        except metadata.PackageNotFoundError:
            continue
        for entry in files:
            upper = str(entry).upper()
            if ".DIST-INFO" in upper and ("LICEN" in upper or "COPYING" in upper
                                          or "AUTHORS" in upper):
                folder = target / name
                folder.mkdir(exist_ok=True)
                shutil.copy(str(entry.locate()), folder / Path(str(entry)).name)
    stdlib = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if stdlib.is_file():
        shutil.copy(stdlib, target / "Python-LICENSE.txt")
        lines.append(f"Python {sys.version.split()[0]}: PSF-2.0 (Python-LICENSE.txt)")
    for text in sorted((HERE / "licences").glob("*.txt")):
        shutil.copy(text, target / text.name)
    lines += ["", "Fonts: see _internal/familyedu/resources/fonts/ "
              "(README.md and *.COPYRIGHT.txt)."]
    (target / "INDEX.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
