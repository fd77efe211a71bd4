"""Build the application icon's PNG sizes and the Windows .ico from its one source,
resources/icons/desktop-crm.svg:

    python resources/build_icons.py

The PNGs land in the freedesktop hicolor layout (icons/hicolor/NxN/apps/desktop-crm.png), which
the .deb copies as it is and the window loads; the .ico holds the same sizes as PNG entries
(Windows Vista and later read those). The outputs are committed, because rendering the SVG needs
Qt, which a wheel build does not have; tests/test_resources.py checks they match the SVG.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
SOURCE = ICONS / "desktop-crm.svg"
NAME = "desktop-crm"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(folder: Path, size: int) -> Path:
    return folder / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render(size: int, source: Path = SOURCE) -> QImage:
    """The SVG drawn at `size` pixels square on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(source)).render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: list[tuple[int, bytes]]) -> bytes:
    """An .ico of PNG entries: a 6-byte header, 16 bytes per entry, then the images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in pngs:
        side = 0 if size >= 256 else size  # 0 means 256 in an .ico entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def build(folder: Path = ICONS) -> list[Path]:
    """Write every PNG size and the .ico under `folder`; the files written."""
    written, pngs = [], []
    for size in SIZES:
        data = png_bytes(render(size))
        path = png_path(folder, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
        pngs.append((size, data))
    ico = folder / f"{NAME}.ico"
    ico.write_bytes(ico_bytes(pngs))
    return [*written, ico]


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in build():
        print(path.relative_to(ICONS.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
