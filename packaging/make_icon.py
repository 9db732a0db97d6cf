"""Draw familyedu's icon: the SVG below is the source; PNG (window, menu) and ICO (Windows).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py

A guardian and a child under one roof, on the calm blue of the app's charts: readable at
16 px in a menu, plain at 256 px on a desktop.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
ICONS = HERE.parent / "familyedu" / "resources" / "icons"

SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect x="8" y="8" width="240" height="240" rx="48" fill="#2f6fb0"/>
  <path d="M40 122 L128 46 L216 122" fill="none" stroke="#ffffff" stroke-width="18"
        stroke-linecap="round" stroke-linejoin="round"/>
  <circle cx="104" cy="118" r="22" fill="#ffffff"/>
  <path d="M66 210 C66 166 84 148 104 148 C124 148 142 166 142 210 Z" fill="#ffffff"/>
  <circle cx="164" cy="146" r="16" fill="#ffd27a"/>
  <path d="M136 210 C136 184 148 170 164 170 C180 170 192 184 192 210 Z" fill="#ffd27a"/>
</svg>
"""


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(SVG.encode())).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    (ICONS / "familyedu.svg").write_text(SVG, encoding="utf-8")
    if not render(256).save(str(ICONS / "familyedu.png")):
        return 1
    # Windows takes the icon from an .ico; Qt's ICO writer stores the one size given.
    return 0 if render(256).scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation
                                   ).save(str(HERE / "familyedu.ico")) else 1


if __name__ == "__main__":
    raise SystemExit(main())
