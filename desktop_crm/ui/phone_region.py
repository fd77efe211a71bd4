"""The first start on a base whose phone country nobody has chosen: an admin is proposed the
country of the system's locale and confirms it (or picks another); a manager just gets the
default, without a question. The country decides how numbers typed without a country code are
read everywhere (card, new client, import, search); `desktop-crm settings region` changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.services.access import current_user
from desktop_crm.services.base_settings import region_to_propose, set_phone_region
from desktop_crm.services.phone_country import example_number
from desktop_crm.ui.widgets.regions import RegionCombo, country_name


class PhoneRegionDialog(QDialog):
    """Which country the base's phone numbers belong to, with `proposal` chosen."""

    def __init__(self, proposal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneRegionDialog")
        self.setWindowTitle(self.tr("Country of phone numbers"))
        self.combo = RegionCombo(self)
        self.combo.setObjectName("phoneRegion")
        self.combo.set_region(proposal)
        intro = QLabel(
            self.tr(
                "Phone numbers written without a country code will be read as numbers of this "
                "country in the whole base: on cards, in imports and in searches."
            )
        )
        intro.setWordWrap(True)
        self.example = QLabel(self)
        self.example.setWordWrap(True)
        later = QLabel(self.tr("An admin can change it later: desktop-crm settings region CODE."))
        later.setWordWrap(True)
        later.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Use this country"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Ask me &later"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.combo)
        layout.addWidget(self.example)
        layout.addWidget(later)
        layout.addWidget(buttons)
        self.combo.currentIndexChanged.connect(self._show_example)
        self._show_example()
        self.setMinimumWidth(440)

    def region(self) -> str:
        return self.combo.region()

    def _show_example(self) -> None:
        region = self.region()
        self.example.setText(
            self.tr("For example, a mobile number of {0}: {1}").format(
                country_name(region), example_number(region)
            )
        )


def ask_phone_region(database: Database, login: str, parent: QWidget | None = None) -> str | None:
    """Propose the base's phone country to an admin when nobody has chosen one; the country
    chosen, or None (not asked, or "later": the default applies until then)."""
    with database.transaction() as session:
        proposal = region_to_propose(session, current_user(session, login), QLocale.system().name())
    if proposal is None:
        return None
    dialog = PhoneRegionDialog(proposal, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    with database.transaction() as session:
        return set_phone_region(session, current_user(session, login), dialog.region())
