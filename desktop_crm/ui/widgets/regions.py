"""Phone countries as people read them: "Poland (+48)" rather than "PL", and a combo box to
choose one from every country phone numbers are known for."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_crm.services.phone_country import calling_code, foreign_number
from desktop_crm.services.phones import format_phone


def country_name(region: str) -> str:
    """The country's English name as Qt knows it ("Poland"); its code when Qt knows none."""
    territory = QLocale.codeToTerritory(region)
    if territory == QLocale.Country.AnyTerritory:
        return region
    return QLocale.territoryToString(territory)


def region_label(region: str) -> str:
    """ "Poland (+48)": a country and the code its numbers get."""
    return f"{country_name(region)} (+{calling_code(region)})"


class RegionCombo(QComboBox):
    """Every phone country by name (the code as item data), sorted by name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        items = sorted((region_label(r), r) for r in phonenumbers.SUPPORTED_REGIONS)
        for text, region in items:
            self.addItem(text, region)
        self.setMaxVisibleItems(20)

    def region(self) -> str:
        return str(self.currentData())

    def set_region(self, region: str) -> None:
        index = self.findData(region)
        if index >= 0:
            self.setCurrentIndex(index)


def country_hint(region: str) -> str:
    """What a phone field says of the numbers typed without a country code."""
    return QCoreApplication.translate("PhoneCountry", "Without a country code: {0}").format(
        region_label(region)
    )


def foreign_warning(raw: str, region: str) -> str | None:
    """The warning for a number that fits another country only, not the base's `region`."""
    text = raw.strip()
    foreign = foreign_number(text, region)
    if foreign is None:
        return None
    return QCoreApplication.translate(
        "PhoneCountry",
        "“{0}” is not a number of {1}, but of {2}: {3}. If that is meant, type it with its "
        "country code.",
    ).format(text, country_name(region), country_name(foreign.region), format_phone(foreign.e164))
