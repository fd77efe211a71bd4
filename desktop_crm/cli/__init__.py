"""The `desktop-crm` command: the window by default, headless subcommands for admins and scripts.

Each subcommand lives in its own module in this package with a `register(subparsers)` function
that adds its parser and sets `run=<function(ctx) -> int>`; `COMMANDS` lists them. A `CrmError`
becomes one sentence on stderr and exit status 2, and so does a database server that cannot
be reached (`desktop_crm.connection_loss`); anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_crm import __version__

if TYPE_CHECKING:
    from desktop_crm.cli.context import CliContext

# The modules that add the subcommands, in the order `--help` lists them. They are imported only
# when a command is given: the window starts without their engines (openpyxl, IMAP...).
COMMANDS = (
    "db_commands",
    "users",
    "queues",
    "demo",
    "importing",
    "mail",
    "calls",
    "exporting",
    "settings",
    "bulk_edits",
    "report",
    "control",
    "linking",
    "interactions",
    "tasks",
    "merges",
)

EXIT_USER_ERROR = 2
FIX_LIBRARIES = (
    "install the system libraries Qt needs: sudo apt-get install libegl1 libxkbcommon-x11-0 "
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-crm",
        description="Desktop CRM client. Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"desktop-crm {__version__}")
    add_common_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"desktop_crm.cli.{name}").register(subparsers)
    return parser


def window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options when the command line asks for the window (no command, no --help or
    --version), read without building the subcommands' parsers; None otherwise."""
    parser = argparse.ArgumentParser(prog="desktop-crm", add_help=False, exit_on_error=False)
    add_common_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:  # e.g. --db without its URL: the full parser says it
        return None
    if rest:
        return None
    args.command = None
    return args


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Options every command takes, before or after the command name."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL (default: env DESKTOP_CRM_DB, settings, then the local SQLite file)",
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        default=argparse.SUPPRESS,
        help="act as this user (default: the OS login name)",
    )


def start_window(ctx: CliContext) -> int:
    """The window, if Qt can be loaded: a system library Qt needs may be missing (then the
    reason and the fix, exit status 2); `run_app` says why when Qt loads but cannot start."""
    try:
        from desktop_crm.ui.app import run_app  # Qt only when a window is wanted
    except ImportError as exc:
        print(f"desktop-crm: the window cannot start: {exc}", file=sys.stderr)
        print(f"desktop-crm: {FIX_LIBRARIES}", file=sys.stderr)
        return EXIT_USER_ERROR
    return run_app(ctx.db_url, ctx.known_login())


def main(argv: Sequence[str] | None = None) -> int:
    args = window_arguments(argv)
    if args is not None:
        # What the window's start creates lives as long as the window: collecting while
        # importing it costs a tenth of the start; the window collects on its main thread
        # from then on (gc_policy).
        gc.disable()
    else:
        args = build_parser().parse_args(argv)
    from sqlalchemy.exc import SQLAlchemyError  # after the collector is settled

    from desktop_crm.cli.context import CliContext
    from desktop_crm.connection_loss import lost_connection_error
    from desktop_crm.errors import CrmError

    ctx: CliContext | None = None
    try:
        try:
            ctx = CliContext(args)  # reads the settings: a bad settings file is a sentence too
            if args.command is None:
                return start_window(ctx)
            return int(args.run(ctx) or 0)
        except SQLAlchemyError as exc:  # a read outside a unit of work met a lost server
            lost = lost_connection_error(exc, ctx.db_url if ctx is not None else None)
            if lost is None:
                raise
            raise lost from exc
    except CrmError as exc:
        if args.command is None:  # the window was wanted: say it in a message box as well
            from desktop_crm.ui.app import application, show_fatal

            application()
            show_fatal(exc.message)
        else:
            print(f"desktop-crm: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("desktop-crm: interrupted; nothing was saved.", file=sys.stderr)
        return 130
    finally:
        if ctx is not None:
            ctx.close()
