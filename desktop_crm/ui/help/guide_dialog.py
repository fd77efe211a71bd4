"""Help › User guide: the short guide shipped with the application (resources/guide), in the
window's language when there is one in it, else in English."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_crm.resource_files import guide_file


class GuideDialog(QDialog):
    def __init__(self, language: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("desktop-crm user guide"))
        # the language the window speaks (install_translations made it the default locale)
        code = language or QLocale().name().split("_")[0]
        self.path = guide_file(code)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        if self.path is None:  # a broken install: say so rather than show an empty page
            self.browser.setPlainText(self.tr("The user guide is not installed."))
        else:
            self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
