"""Help › About: what a person asked to report a problem needs to tell — the version, where
this desktop keeps its data and settings, the database in use — and the licence."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import APP_NAME, __version__
from desktop_crm.config import Settings, data_dir
from desktop_crm.db import Database
from desktop_crm.ui.app_icon import app_icon
from desktop_crm.ui.database_name import describe_database

# The licence the package declares (pyproject.toml's `license`; a test keeps them equal).
LICENCE = "Proprietary"


class AboutDialog(QDialog):
    """The facts, each a selectable line (to copy into a message), and a button that opens the
    data folder in the file manager."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About desktop-crm"))
        self.facts: dict[str, QLabel] = {}
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        summary = QLabel(
            self.tr("A client base for sales managers and the admins who keep it in shape.")
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        rows = (
            ("version", self.tr("Version:"), __version__),
            ("data_folder", self.tr("Data folder:"), str(data_dir())),
            ("settings_file", self.tr("Settings file:"), str(Settings.path())),
            ("database", self.tr("Database:"), describe_database(database)),
            ("licence", self.tr("Licence:"), self.licence_text()),
            ("platform", self.tr("Built with:"), self.platform_text()),
        )
        for key, label, value in rows:
            fact = QLabel(value)
            fact.setObjectName(key)
            fact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = fact
            form.addRow(label, fact)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_folder = QPushButton(self.tr("Open data folder"))
        self.open_folder.clicked.connect(self.open_data_folder)
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        heading = QVBoxLayout()
        for widget in (title, summary):
            heading.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def licence_text(self) -> str:
        if LICENCE == "Proprietary":
            return self.tr("Proprietary: for use inside the company only")
        return LICENCE

    def platform_text(self) -> str:
        # product names and versions: the same in every language
        return f"Python {platform.python_version()}, Qt for Python {pyside_version}"

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))
