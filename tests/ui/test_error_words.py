"""Every user error is worded in the user's language: each registered code's sentence has a
Russian translation in the loaded translator, and a service error shown by the window reads in
Russian when the application runs in Russian."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.errors import CODES, Code, CrmError, ValidationError
from desktop_crm.models import User
from desktop_crm.services import clients as client_service
from desktop_crm.services.access import Permission, require
from desktop_crm.ui import error_words
from desktop_crm.ui.app import install_translations
from desktop_crm.ui.error_words import CONTEXT, error_message
from desktop_crm.ui.workers import run_operation
from tests.ui.conftest import answer_modals, close

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
WORD_SETS = [
    error_words.FIELD_WORDS,
    error_words.PERMISSION_WORDS,
    error_words.RECORD_WORDS,
    error_words.STATUS_WORDS,
    error_words.KIND_WORDS,
    error_words.SOURCE_WORDS,
    error_words.MAPPING_REASON_WORDS,
    error_words.ERRNO_WORDS,
    {"bytes": error_words.BYTES},
]


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The application in Russian, as it starts; yields the translators it installed."""
    before = QLocale()
    installed = install_translations(qapp, "ru")
    try:
        yield installed
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_every_code_and_word_has_a_russian_wording(russian: list[QTranslator]) -> None:
    """Fails when a service error code (or a word that fills one) has no Russian wording in
    the translator the application loads."""

    def russian_text(english: str) -> str:
        found = [t.translate(CONTEXT, english) for t in russian]
        return next((text for text in found if text), "")

    def wordless(english: str) -> bool:  # "{label}: {cause}" stays as it is
        return not re.search(r"[A-Za-z]", PLACEHOLDER.sub("", english))

    sources = [(key, code.english) for key, code in CODES.items()] + [
        (english, english) for words in WORD_SETS for english in words.values()
    ]
    untranslated = [
        key
        for key, english in sources
        if not (
            CYRILLIC.search(russian_text(english)) or (wordless(english) and russian_text(english))
        )
    ]
    assert untranslated == []


@pytest.mark.usefixtures("russian")
def test_params_that_are_words_are_worded_too() -> None:
    too_long = ValidationError(
        Code.TEXT_TOO_LONG, field="address", label="The address", max_length=255
    )
    assert error_message(too_long) == "Адрес: не длиннее 255 символов."
    denied = CrmError(
        Code.PERMISSION_DENIED,
        name="Мария",
        login="maria",
        role="manager",
        action="delete clients",
        permission=Permission.DELETE_CLIENTS.value,
    )
    assert "удалять клиентов" in error_message(denied)
    wrapped = ValidationError(Code.FIELD_VALUE_BAD, label="Deal date", field="date", cause=too_long)
    assert error_message(wrapped) == "Дата сделки: Адрес: не длиннее 255 символов."


def test_an_unknown_code_falls_back_to_the_english_sentence() -> None:
    error = CrmError(Code.CLIENT_GONE, client_id=7)
    error.code = "some.future_code"
    assert error_message(error) == "Client #7 does not exist any more; someone may have deleted it."


@pytest.mark.usefixtures("russian")
def test_a_service_error_shown_by_the_window_reads_in_russian(
    qtbot: QtBot, database: Database, admin: User, manager: User
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()

    def set_stage(session: Session, progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        client_service.set_stage(session, session.merge(admin), [], "vip")

    def delete(session: Session, progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        require(session.merge(manager), Permission.DELETE_CLIENTS)

    with answer_modals(close(), close()) as log:
        for op in (set_stage, delete):
            operation = run_operation(owner, database, op)
            with qtbot.waitSignal(operation.finished, timeout=5000):
                pass
    stage, refusal = log.texts
    assert stage == "'vip' — не стадия; укажите lead (лид) или client (клиент)."
    assert refusal == (
        "Maria Manager (maria, роль manager) не может удалять клиентов. "
        "Попросите администратора дать роль, которая это разрешает."
    )
