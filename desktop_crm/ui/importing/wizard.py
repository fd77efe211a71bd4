"""The import wizard (issue 5; SPEC.md IMP-1..IMP-14): Marketing -> Import clients from file.

Six pages drive the Qt-free engine in `desktop_crm.wizards.importing` and add only the screen:
Source -> Settings -> Field matching -> Preview (dry run) -> Run -> Results. The pages share an
`ImportState`; the questions they ask (files, confirmations, names) go through `self.dialogs`
so tests and an embedding window can answer them.

`install(window)` plugs the wizard and the import history into the main window's menu (the main
window calls it on first use or after its first paint: `features.FEATURES`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.services.access import Permission, current_user, has_permission, require
from desktop_crm.services.base_settings import region_or_default
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.importing.common import Dialogs, ImportState
from desktop_crm.ui.importing.mapping_page import MappingPage
from desktop_crm.ui.importing.preview_page import PreviewPage
from desktop_crm.ui.importing.results import ResultsPage
from desktop_crm.ui.importing.run_page import RunPage
from desktop_crm.ui.importing.settings_page import SettingsPage
from desktop_crm.ui.importing.source_page import SourcePage
from desktop_crm.ui.settings import app_settings
from desktop_crm.ui.shell import Shell
from desktop_crm.wizards.importing import field_catalog

if TYPE_CHECKING:
    from desktop_crm.ui.importing.history import ImportHistoryDialog

SOURCE, SETTINGS, MAPPING, PREVIEW, RUN, RESULTS = range(6)
GEOMETRY_KEY = "import_wizard/geometry"


class ImportWizard(QWizard):
    """Signals: `showClientsRequested(int)` with the job id ("Show imported clients"; the wizard
    closes), `imported(int)` with the job id once an import is committed."""

    showClientsRequested = Signal(int)
    imported = Signal(int)

    def __init__(self, database: Database, user_login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import clients from file"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.dialogs = Dialogs()
        with database.session() as session:
            region = region_or_default(session)  # the base's; the settings page may change it
        self.state = ImportState(database, user_login, region=region)
        self._load_user()
        self._close_when_stopped = False

        self.source_page = SourcePage(self.state, self.dialogs)
        self.settings_page = SettingsPage(self.state, self.dialogs)
        self.mapping_page = MappingPage(self.state, self.dialogs)
        self.preview_page = PreviewPage(self.state, self.dialogs)
        self.run_page = RunPage(self.state, self.dialogs)
        self.results_page = ResultsPage(self.state, self.dialogs)
        for page_id, page in (
            (SOURCE, self.source_page),
            (SETTINGS, self.settings_page),
            (MAPPING, self.mapping_page),
            (PREVIEW, self.preview_page),
            (RUN, self.run_page),
            (RESULTS, self.results_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(SOURCE)
        self.run_page.imported.connect(self._imported)
        self.run_page.stopped.connect(self._run_stopped)
        self.results_page.view.showClientsRequested.connect(self._show_clients)
        self.finished.connect(self._closed)
        self._restore_size()

    def _load_user(self) -> None:
        """Who imports; a user without the import permission gets the engine's refusal."""
        state = self.state
        try:
            with state.database.transaction() as session:  # a fresh base makes its first user
                user = current_user(session, state.login)
                state.is_admin = has_permission(user, Permission.ADMIN)
                state.catalog = field_catalog(session)
                require(user, Permission.IMPORT)
        except CrmError as exc:
            state.refusal = error_message(exc)

    def _restore_size(self) -> None:
        geometry = app_settings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        width, height = 1020, 700
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 40)
        self.resize(width, height)
        self.setMinimumSize(min(760, width), min(520, height))

    # -- what the pages report ------------------------------------------------------------------
    def _imported(self, job_id: int) -> None:
        self._close_when_stopped = False  # it finished before the cancel arrived: show results
        self.imported.emit(job_id)

    def _run_stopped(self) -> None:
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    def _show_clients(self, job_id: int) -> None:
        self.showClientsRequested.emit(job_id)
        self.accept()

    def _closed(self, _result: int) -> None:
        self.preview_page.stop()
        app_settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.state.source is not None:
            self.state.source.close()

    # -- closing ------------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Esc or the close box: a running import is cancelled (and rolled back) first."""
        if self.run_page.running:
            if not self.dialogs.confirm(
                self,
                self.tr("Cancel the import"),
                self.tr(
                    "Stop the import? Everything it did so far is rolled back; nothing is kept."
                ),
            ):
                return
            self._close_when_stopped = True
            self.run_page.cancel()
            return
        if self.currentPage() is self.preview_page and not self.preview_page.may_discard():
            return  # the hand-made fixes stay
        super().reject()


# -- the main window's menu ----------------------------------------------------------------------
def show_imported_clients(window: Shell, job_id: int) -> None:
    """Filter the client list to the clients of import `job_id`."""
    window.tabs.setCurrentWidget(window.client_list)
    window.client_list.show_import_job(job_id)


def forget_undone_import(window: Shell, job_id: int) -> None:
    """An undone import's clients are gone or back as they were: the list stops filtering on
    it, and says so."""
    if window.client_list.filters.forget_import_job(job_id):
        window.show_status(
            QCoreApplication.translate(
                "ImportWizard", "Import #{0} was undone: the list shows all clients again."
            ).format(job_id)
        )


def _refresh_clients(window: Shell) -> None:
    window.client_list.refresh()
    window.client_list.reload_choices()
    window.update_client_count()


def open_import_wizard(window: Shell) -> ImportWizard:
    wizard = ImportWizard(window.database, window.login, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.imported.connect(lambda _job: _refresh_clients(window))
    wizard.showClientsRequested.connect(lambda job: show_imported_clients(window, job))
    wizard.open()  # window-modal: the import holds the base while it runs
    return wizard


def open_import_history(window: Shell) -> ImportHistoryDialog:
    from desktop_crm.ui.importing.history import ImportHistoryDialog

    dialog = ImportHistoryDialog(window.database, window.login, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(lambda: _refresh_clients(window))
    dialog.undone.connect(lambda job: forget_undone_import(window, job))
    dialog.showClientsRequested.connect(lambda job: show_imported_clients(window, job))
    dialog.open()
    return dialog


def install(window: Shell) -> None:
    """Marketing -> Import clients from file / Import history (the window disables them, with
    the reason, for a role without the import permission)."""
    window.provide("import_file", lambda: open_import_wizard(window))
    window.provide("import_history", lambda: open_import_history(window))


__all__ = [
    "ImportWizard",
    "install",
    "open_import_history",
    "open_import_wizard",
    "show_imported_clients",
]
