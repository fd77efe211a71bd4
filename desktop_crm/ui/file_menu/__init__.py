"""The File menu's export and the Marketing menu's import template and demo data, plugged into
the main window by `install(window)` (`features.FEATURES`).

They were the main window's methods; their strings moved with them to the contexts of
`FileMenu` and `Exporter` (translations included).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop_crm.demo.fill import DemoStats, fill_demo
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.file_menu.export import Exporter, ExportScopeDialog
from desktop_crm.ui.shell import Shell
from desktop_crm.ui.workers import Operation, ProgressDialog, run_task

DEMO_DEFAULT = 1_000
DEMO_MAX = 1_000_000


class FileMenu(QObject):
    """The handlers of File -> Export clients and Marketing -> Save import template and Load
    demo data, on the window they are installed in."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window
        self.exporter = Exporter(window)

    def export_clients(self) -> Operation[int] | None:
        return self.exporter.run()

    def save_template(self) -> None:
        """The sample import file, where the user chooses."""
        from desktop_crm.wizards.importing.template import write_template

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save import template"),
            str(Path.home() / "import-template.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        try:
            write_template(Path(path))
        except Exception as exc:  # a CrmError gets its sentence, a bug the crash dialog
            show_exception(self.window, exc)
            return
        self.window.show_status(self.tr("Template saved to {0}").format(path))

    def load_demo_data(self) -> Operation[DemoStats] | None:
        """Ask how many demo clients to add and add them on a worker thread."""
        count, ok = QInputDialog.getInt(
            self.window,
            self.tr("Load demo data"),
            self.tr("How many demo clients should be added?"),
            DEMO_DEFAULT,
            1,
            DEMO_MAX,
            1000,
        )
        if not ok:
            return None
        return self.start_demo(count)

    def start_demo(self, count: int) -> Operation[DemoStats]:
        window = self.window
        database, login = window.database, window.login
        started = time.perf_counter()

        def task(progress: Progress, cancelled: Cancelled) -> DemoStats:
            return fill_demo(database, count, progress=progress, cancelled=cancelled, login=login)

        def done(stats: DemoStats) -> None:
            window.client_list.refresh()
            window.client_list.reload_choices()
            window.update_client_count()
            seconds = time.perf_counter() - started
            text = self.tr("Added %Ln demo client(s) in {0:.1f} s", "", stats.clients)
            text = text.format(seconds)
            if stats.cancelled:
                text += self.tr(" (stopped early)")
            window.show_status(text)

        operation = run_task(
            window,
            task,
            on_success=done,
            dialog=ProgressDialog(
                self.tr("Demo data"), self.tr("Adding %Ln demo client(s)…", "", count)
            ),
        )
        window.operation = operation
        return operation


def install(window: Shell) -> None:
    """File -> Export clients; Marketing -> Save import template, Load demo data (the window
    disables them, with the reason, for a role that may not)."""
    menu = FileMenu(window)
    window.provide("export_clients", menu.export_clients)
    window.provide("save_template", menu.save_template)
    window.provide("demo_data", menu.load_demo_data)


__all__ = ["ExportScopeDialog", "FileMenu", "install"]
