"""Regenerate the sample documents: python docs/samples/make_samples.py (needs pdftoppm)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from familyedu.reports import KINDS, build_document, bundled_font_set, load_default_wording  # noqa: E402
from familyedu.reports.samples import sample_data  # noqa: E402


def main() -> None:
    wanted = [(kind, "zh_CN") for kind in KINDS] + [("guardian", "en")]
    for kind, language in wanted:
        data = sample_data(kind, language)
        # Bundled fonts only, so the samples look the same on every machine.
        pdf = build_document(kind, data, load_default_wording(kind, language),
                             fonts=bundled_font_set())
        stem = HERE / f"{kind}-{language}"
        stem.with_suffix(".pdf").write_bytes(pdf)
        if shutil.which("pdftoppm"):
            # Page 1 only, at 60 dpi: enough to see the layout, small enough to keep in git.
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1",
                            "-singlefile", str(stem.with_suffix(".pdf")), str(stem)], check=True)
        print(stem.with_suffix(".pdf").name, len(pdf))


if __name__ == "__main__":
    main()
