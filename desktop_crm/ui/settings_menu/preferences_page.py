"""Settings › Preferences. Everybody's own: the language (settings.json, used at the next start),
the client list's page size or continuous scrolling, the tab a card opens on. An admin's, for
the whole base: the phone country of numbers written without a code, the attachment size limit,
the language whose alphabet names sort in."""

from __future__ import annotations

from collections.abc import Callable

import phonenumbers
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpacerItem,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_crm.config import Settings
from desktop_crm.db import Database
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import Permission, current_user, has_permission
from desktop_crm.services.base_settings import (
    MAX_ATTACHMENT_LIMIT_MB,
    attachment_limit_mb,
    region_or_default,
    set_attachment_limit_mb,
    set_phone_region,
    set_sort_language,
    sort_language,
)
from desktop_crm.services.collation import ENGLISH, POLISH, RUSSIAN
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.progress_dialog import ProgressDialog
from desktop_crm.ui.settings import CARD_TABS, card_default_tab, set_card_default_tab
from desktop_crm.ui.settings_menu.page import SettingsPage
from desktop_crm.ui.widgets.style import emphasised, muted
from desktop_crm.ui.workers import Operation, run_operation

LANGUAGES = (("", None), ("en", "English"), ("ru", "Русский"), ("pl", "Polski"))
PAGE_SIZES = (10, 20, 100, 0)  # 0: continuous scrolling


def country_name(code: str) -> str:
    name = QLocale.territoryToString(QLocale.codeToTerritory(code))
    return f"{name} ({code})" if name and name != "AnyTerritory" else code


class PreferencesPage(SettingsPage):
    def __init__(
        self,
        database: Database,
        login: str,
        changed: Callable[[], None],
        parent: QWidget | None,
        *,
        page_size: int,
        on_page_size: Callable[[int], None],
    ) -> None:
        super().__init__(database, login, changed, parent)
        self.setObjectName("preferencesPage")
        self.on_page_size = on_page_size
        self.is_admin = self.read(
            lambda s: has_permission(current_user(s, login), Permission.ADMIN)
        )
        self.header(self.tr("Preferences"), self.tr("Your own settings on this computer."))
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.layout_.addLayout(form)
        self.language_combo = self._combo("languageCombo", form, self.tr("Language:"))
        for code, name in LANGUAGES:
            self.language_combo.addItem(name or self.tr("The system's language"), code)
        form.addRow("", muted(QLabel(self.tr("A new language is used from the next start."))))
        self.page_combo = self._combo("pageSizeCombo", form, self.tr("Client list:"))
        for size in PAGE_SIZES:
            text = self.tr("%n per page", "", size) if size else self.tr("Continuous scrolling")
            self.page_combo.addItem(text, size)
        self.tab_combo = self._combo("cardTabCombo", form, self.tr("A card opens on:"))
        names = (self.tr("Feed"), self.tr("People"), self.tr("Files"), self.tr("Deals"))
        for key, name in zip(CARD_TABS, (*names, self.tr("History")), strict=True):
            self.tab_combo.addItem(name, key)
        self._select(self.language_combo, Settings.load().language)
        self._select(self.page_combo, page_size)
        self._select(self.tab_combo, card_default_tab(login))
        if self.is_admin:
            self._build_base_settings()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("savePreferencesButton")
        self.save_button.clicked.connect(self.save)
        self.saved_label = muted(QLabel("", self))
        self.saved_label.setObjectName("savedLabel")
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.saved_label)
        self.layout_.addStretch(1)
        self.finish_buttons()

    def _combo(self, name: str, form: QFormLayout, label: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumWidth(280)
        form.addRow(label, combo)
        return combo

    def _select(self, combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _build_base_settings(self) -> None:
        form = self.form  # one form: the labels of both parts line up
        form.addItem(QSpacerItem(0, 12))
        form.addRow(emphasised(QLabel(self.tr("The whole base"), self)))
        hint = muted(QLabel(self.tr("Set by an administrator for every user of the base."), self))
        form.addRow(hint)
        self.region_combo = self._combo("regionCombo", form, self.tr("Phone numbers' country:"))
        regions = sorted(phonenumbers.SUPPORTED_REGIONS, key=country_name)
        for code in regions:
            self.region_combo.addItem(country_name(code), code)
        self.limit_spin = QSpinBox(self)
        self.limit_spin.setObjectName("attachmentLimitSpin")
        self.limit_spin.setRange(1, MAX_ATTACHMENT_LIMIT_MB)
        self.limit_spin.setSuffix(self.tr(" MB"))
        form.addRow(self.tr("Largest attached file:"), self.limit_spin)
        self.sort_combo = self._combo("sortLanguageCombo", form, self.tr("Names sort as in:"))
        for code, name in (
            (ENGLISH, self.tr("English")),
            (POLISH, self.tr("Polish")),
            (RUSSIAN, self.tr("Russian")),
        ):
            self.sort_combo.addItem(name, code)
        self.sort_language = ENGLISH
        self.reload()

    def reload(self) -> None:
        if not self.is_admin:
            return
        region, limit, self.sort_language = self.read(
            lambda s: (region_or_default(s), attachment_limit_mb(s), sort_language(s))
        )
        self._select(self.region_combo, region)
        self.limit_spin.setValue(limit)
        self._select(self.sort_combo, self.sort_language)

    def save(self) -> None:
        settings = Settings.load()
        settings.language = str(self.language_combo.currentData())
        settings.save()
        set_card_default_tab(self.login, str(self.tab_combo.currentData()))
        self.on_page_size(int(self.page_combo.currentData()))
        if self.is_admin:
            region, limit = str(self.region_combo.currentData()), self.limit_spin.value()
            language = str(self.sort_combo.currentData())  # read before `apply` reloads the page

            def base(session, actor):  # type: ignore[no-untyped-def]
                set_phone_region(session, actor, region)
                return set_attachment_limit_mb(session, actor, limit)

            if self.apply(base) is None:
                return
            if language != self.sort_language:
                self.resort(language)
                return
        self.saved_label.setText(self.tr("Saved."))

    def resort(self, language: str) -> Operation[int]:
        """Every client's sort key made anew for `language`, on a worker with progress (a
        million clients take most of a minute); the list follows when it is done."""
        login = self.login

        def rebuild(session: Session, progress: Progress, cancelled: Cancelled) -> int:
            return set_sort_language(
                session, current_user(session, login), language, progress=progress
            )

        def done(_: int) -> None:
            self.reload()
            self._changed()
            self.saved_label.setText(self.tr("Saved."))

        dialog = ProgressDialog(self.tr("Sorting names"), self.tr("Sorting the names anew…"), False)
        self.sorting = run_operation(
            self,
            self.database,
            rebuild,
            on_success=done,
            on_failure=self._sort_failed,
            dialog=dialog,
        )
        return self.sorting

    def _sort_failed(self, error: BaseException) -> None:
        show_exception(self, error)
        self.reload()
