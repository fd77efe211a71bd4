"""The control wizard in each interface language: no two mnemonics of a page clash (each form
of the "what" page apart, as the user sees it), and the pages' words are translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTableWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desktop_crm.db import Database
from desktop_crm.ui.clients.filters import FilterBar
from desktop_crm.ui.control.state import KINDS
from desktop_crm.ui.control.wizard import CHECK, CREATED, DISTRIBUTION, WHAT, ControlWizard
from tests.ui.test_translations import clashes, interface_language


def _texts(widget: QWidget) -> list[str]:
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if not b.isHidden()]
    return texts + [label.text() for label in widget.findChildren(QLabel) if label.buddy()]


@pytest.mark.parametrize("language", ["en", "ru", "pl"])
def test_page_mnemonics_do_not_clash(
    qtbot: QtBot, sqlite_database: Database, language: str
) -> None:
    found = {}
    button = QWizard.WizardButton
    with interface_language(language):
        wizard = ControlWizard(sqlite_database, "admin")
        qtbot.addWidget(wizard)
        found["check"] = clashes(
            [*_texts(wizard.page(CHECK)), wizard.buttonText(button.NextButton)]
        )
        back_next = [wizard.buttonText(button.BackButton), wizard.buttonText(button.NextButton)]
        for kind in KINDS:
            form = wizard.what_page.forms[kind]
            found[kind] = clashes([*_texts(form), *back_next])
        for kind in KINDS:
            wizard.distribution_page.form.set_check(kind)
            commit = wizard.distribution_page.buttonText(button.CommitButton)
            texts = [*_texts(wizard.page(DISTRIBUTION)), commit, back_next[0]]
            found[f"distribution {kind}"] = clashes(texts)
        finish = wizard.buttonText(button.FinishButton)
        found["created"] = clashes([*_texts(wizard.page(CREATED)), finish])
        wizard.show()  # every page fits a 1024x600 screen with a frame, in any language
        for page_id in wizard.pageIds():
            hint = wizard.page(page_id).minimumSizeHint()
            fits = hint.width() <= 960 and hint.height() <= 440
            found[f"size of page {page_id}"] = [] if fits else [str(hint)]
        if language == "ru":
            assert wizard.windowTitle() == "Мастер контроля"
            assert wizard.what_page.forms["contact_info"].kinds["phone"].text() == "&Телефон"
        wizard.close()
    assert WHAT and not {k: v for k, v in found.items() if v}


def test_every_field_is_in_the_tab_chain(qtbot: QtBot, sqlite_database: Database) -> None:
    """Each field of each page takes the focus with Tab (radio buttons: the group's checked
    one, arrows move within it, as Qt does)."""
    wizard = ControlWizard(sqlite_database, "admin")
    qtbot.addWidget(wizard)
    wizard.show()
    chain: set[QWidget] = set()
    widget = wizard.nextInFocusChain()
    while widget is not wizard and len(chain) < 5000:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.add(widget)
        widget = widget.nextInFocusChain()
    kinds = (QCheckBox, QComboBox, QLineEdit, QListWidget, QTableView, QTableWidget, QPushButton)
    missed = [
        f"{page_id}: {field.objectName() or type(field).__name__}"
        for page_id in wizard.pageIds()
        for field in wizard.page(page_id).findChildren(QWidget)
        if isinstance(field, kinds)
        and field.window() is wizard  # not the date fields' calendar pop-ups
        and not isinstance(field.parentWidget(), FilterBar)
        and field not in chain
    ]
    assert len(chain) > 30 and not missed, missed
