"""`QT_TRANSLATE_NOOP` typed as it behaves: it marks a text for Qt's translation tools and gives
the text back. PySide's stub types the result as `object`; the window's modules import it from
here, under the same name, so `pyside6-lupdate` still collects the marked texts."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
