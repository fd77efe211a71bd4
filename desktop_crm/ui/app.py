"""Starting the window: `desktop-crm` with no command calls `run_app`.

The database is opened (and upgraded) before the window exists. If it cannot be, the user gets
the reason in a message box and on stderr, and the process exits with status 2, never with a
traceback. While the window runs, an uncaught exception is a bug: the crash dialog shows it.

If Qt itself cannot start (no display, a missing system library), Qt would abort with "reinstalling
may fix this"; instead its own reasons go to stderr with the one-line fix, and the exit status
is 2 (`cannot_start`).
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_crm import APP_NAME, __version__
from desktop_crm.config import Settings
from desktop_crm.db import Database, open_database
from desktop_crm.errors import Code, CrmError, DatabaseError
from desktop_crm.services.team.logins import connection_login
from desktop_crm.ui.app_icon import app_icon
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.errors import install_excepthook
from desktop_crm.ui.main_thread_gc import collect_on_main_thread
from desktop_crm.ui.startup_probe import FirstPaint, probe_wanted

EXIT_USER_ERROR = 2
# Without a screen (offscreen/minimal platform) nobody can close a box: it closes itself.
HEADLESS_BOX_MS = 1500
HEADLESS_PLATFORMS = ("offscreen", "minimal")
FIX_NO_DISPLAY = "no display: set DISPLAY (or WAYLAND_DISPLAY), or use the command line"
FIX_LIBRARIES = (
    "a system library Qt needs is missing; install them with: sudo apt-get install libegl1 "
    "libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
)
_STARTING: list[str] = []  # Qt's messages while the QApplication is being made


def resources_dir() -> Path:
    return Path(str(resources.files("desktop_crm") / "resources"))


def _quiet_qt_messages(kind: QtMsgType, _context: object, message: str) -> None:
    """Qt's own warnings go to stderr only when they are real problems: stderr carries the
    one-sentence errors scripts read. While the application is being made they are kept: if
    Qt gives up, they are its reasons."""
    if kind == QtMsgType.QtFatalMsg and _STARTING:
        cannot_start([*_STARTING[1:], message])
    if _STARTING:
        _STARTING.append(message)
    elif kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(f"Qt: {message}", file=sys.stderr)


def start_fix(reasons: list[str]) -> str:
    """The one-line fix for Qt's reasons not to start."""
    said = any("connect to display" in r or "display is not set" in r for r in reasons)
    unset = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return FIX_NO_DISPLAY if said or (unset and sys.platform == "linux") else FIX_LIBRARIES


def cannot_start(reasons: list[str]) -> None:
    """Qt cannot start the window: its reasons and the fix on stderr, exit status 2 (Qt would
    abort the process, and advise reinstalling)."""
    for reason in reasons:
        for line in reason.strip().splitlines():
            if line.strip() and "Reinstalling the application" not in line:
                print(f"Qt: {line.strip()}", file=sys.stderr)
    print(f"desktop-crm: the window cannot start: {start_fix(reasons)}.", file=sys.stderr)
    sys.stderr.flush()
    os._exit(EXIT_USER_ERROR)  # from inside Qt's fatal error: nothing else stops its abort


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings and dialogs know the program."""
    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_quiet_qt_messages)
        _STARTING.append("starting")
        try:
            app = QApplication(argv if argv is not None else sys.argv[:1])
        finally:
            _STARTING.clear()
    assert isinstance(app, QApplication)
    collect_on_main_thread(app)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def install_translations(app: QApplication, language: str = "") -> list[QTranslator]:
    """Our strings and Qt's own in the chosen language (empty: the system's) when there is a
    translation. English is always loaded first: it holds the plural forms ("1 client",
    "2 clients") of the English source strings."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:  # no locale set up (a bare CI box)
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)  # numbers in the window: 1,000,000 or 1 000 000
    ours = str(resources_dir() / "translations")
    installed = []

    def add(translator: QTranslator) -> None:
        app.installTranslator(translator)
        installed.append(translator)

    english = QTranslator(app)
    if english.load("desktop_crm_en", ours):
        add(english)
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        for name, folder in (
            ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            ("desktop_crm", ours),
        ):
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder):
                add(translator)
    return installed


def show_fatal(message: str, title: str | None = None) -> None:
    """The sentence on stderr and in a message box (which closes itself without a screen)."""
    print(f"desktop-crm: {message}", file=sys.stderr)
    sys.stderr.flush()
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title or QCoreApplication.translate("App", "desktop-crm cannot start"),
        message,
    )
    box.setObjectName("fatalError")
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        QTimer.singleShot(HEADLESS_BOX_MS, box.reject)
    box.exec()


def open_base(db_url: str) -> tuple[Database, str | None] | None:
    """The database, through the login dialog when the server refuses a URL without a password
    (None: cancelled), and the login the connection itself is made with on a team base."""
    try:  # libpq may find the password itself: PGPASSWORD, ~/.pgpass
        database: Database | None = open_database(db_url)
    except DatabaseError as exc:
        # the login dialog (and its keyring) is imported only when a server asks for it
        from desktop_crm.ui.login import needs_sign_in, sign_in

        # an unreachable server or a broken URL stays a sentence at start; a refused login
        # without a password in the URL is the login dialog's business
        if exc.code != Code.LOGIN_REFUSED.key or not needs_sign_in(db_url):
            raise
        database = sign_in(db_url)
    if database is None:
        return None
    with database.session() as session:
        return database, connection_login(session)


def run_app(db_url: str, login: str) -> int:
    """Open the database at `db_url` as `login` and run the main window until it closes.
    Returns the exit status: 0, or 2 when the database or the user cannot be used."""
    app = application()
    install_translations(app, Settings.load().language)
    try:
        opened = open_base(db_url)
    except CrmError as exc:
        show_fatal(
            error_message(exc), QCoreApplication.translate("App", "Cannot open the database")
        )
        return EXIT_USER_ERROR
    if opened is None:
        return 0  # the login dialog was cancelled
    database, login = opened[0], opened[1] or login
    previous_hook = install_excepthook()
    try:
        from desktop_crm.ui.main_window import MainWindow  # brings every feature's module
        from desktop_crm.ui.phone_region import ask_phone_region

        try:
            ask_phone_region(database, login)  # an admin's first start on a new base
            window = MainWindow(database, login)
        except CrmError as exc:  # e.g. an unknown user on a shared base
            show_fatal(error_message(exc))
            return EXIT_USER_ERROR
        if probe_wanted():
            FirstPaint(window.client_list.stack.currentWidget() or window.client_list)
        window.show()
        return int(app.exec())
    finally:
        sys.excepthook = previous_hook
        database.dispose()
