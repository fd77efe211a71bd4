"""Passwords for the command line: read from standard input when it is not a terminal (one
line), asked twice with no echo when it is; never a command-line argument (every user of the
machine could read it in the process list)."""

from __future__ import annotations

import getpass
import sys

from desktop_crm.errors import Code, ValidationError


def read_password(prompt: str, *, confirm: bool = True) -> str:
    if not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(prompt)
        if confirm and password and getpass.getpass("Again: ") != password:
            raise ValidationError(Code.PASSWORDS_DIFFER, field="password")
    if not password:
        raise ValidationError(Code.PASSWORD_EMPTY, field="password")
    return password
