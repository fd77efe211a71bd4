"""The import wizard driven like a user would, page by page, on a real base (issue 5)."""

from __future__ import annotations

import warnings
from datetime import date, datetime
from pathlib import Path

import pytest
from files import write_xlsx
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_import_wizard_support import (
    WAIT_MS,
    choose_file,
    click_option,
    count,
    forward,
    forward_button,
    jobs,
    make_wizard,
    phones_of,
    through_to_results,
    to_preview,
    wait_checked,
)

from desktop_crm.db import Database
from desktop_crm.models import (
    Client,
    CustomFieldValue,
    Deal,
    Group,
    ImportJob,
    Queue,
    Role,
    SalesScenario,
    User,
)
from desktop_crm.services.access import current_user
from desktop_crm.services.users import add_user
from desktop_crm.ui.importing.failures_model import FIRST_CELL
from desktop_crm.ui.importing.wizard import MAPPING, PREVIEW, RESULTS, RUN, SETTINGS, SOURCE


def test_full_run_of_an_xlsx_file(qtbot: QtBot, database: Database, admin: User, tmp_path: Path):
    path = write_xlsx(
        tmp_path / "leads.xlsx",
        [
            ["ФИО", "Телефон", "E-mail", "Дата рождения", "Комментарий менеджера"],
            ["Иванов Иван Иванович", 89161234567, "ivan@mail.ru", datetime(1985, 3, 12), "звонить"],
            ["Петрова Анна", "+7 (495) 123-45-67", "anna@mail.ru", "06.09.1990", ""],
            ["Сидоров Пётр", "9161112233", "not an email", None, ""],
        ],
    )
    wizard = make_wizard(qtbot, database)
    assert not forward_button(wizard).isEnabled()  # nothing chosen yet
    choose_file(qtbot, wizard, path)
    source = wizard.source_page
    assert source.isComplete()
    assert "Excel workbook" in source.info_label.text()
    assert source.sheet_combo.currentText() == "Clients"
    assert source.preview_model.rowCount() == 3

    forward(qtbot, wizard, SETTINGS)
    settings = wizard.settings_page
    settings.name_edit.clear()
    qtbot.keyClicks(settings.name_edit, "Spring leads")
    click_option(qtbot, settings.mode_buttons["add"])
    assert settings.mode_buttons["add"].isChecked()
    settings.target_combo.setFocus()
    qtbot.keyClick(settings.target_combo, Qt.Key.Key_Down)  # Clients -> Leads
    assert settings.target_combo.currentData() == "lead"
    qtbot.keyClicks(settings.description_edit, "From the fair")

    forward(qtbot, wizard, MAPPING)
    mapping = wizard.mapping_page
    assert [mapping.rows[i].combo.currentData() for i in range(4)] == [
        "full_name",
        "phones",
        "emails",
        "birth_date",
    ]
    assert mapping.row_status(0) == "suggested"
    assert mapping.row_status(4) == "ignored"
    assert "Комментарий менеджера" in mapping.ignored_label.text()

    to_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.count_labels["created"].text() == "2"
    assert preview.count_labels["failed"].text() == "1"
    assert "wrong format" in preview.reasons_label.text()
    assert count(database) == 0  # the check changed nothing

    forward(qtbot, wizard, RUN)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULTS, timeout=WAIT_MS)
    view = wizard.results_page.view
    assert view.count_labels["created"].text() == "2"
    assert view.count_labels["failed"].text() == "1"
    assert "Комментарий менеджера" in view.notes_label.text()

    assert phones_of(database) == {
        "Иванов Иван Иванович": ["+79161234567"],
        "Петрова Анна": ["+74951234567"],
    }
    with database.session() as session:
        ivanov = session.scalar(select(Client).where(Client.full_name.startswith("Иванов")))
        assert ivanov is not None
        assert (ivanov.stage, ivanov.birth_date) == ("lead", date(1985, 3, 12))
        assert (ivanov.last_name, ivanov.first_name, ivanov.middle_name) == (
            "Иванов",
            "Иван",
            "Иванович",
        )
    assert jobs(database) == [("Spring leads", "done", 2, 1)]
    with database.session() as session:
        job = session.scalar(select(ImportJob))
        assert job is not None
        assert (job.description, job.mode, job.settings["stage"]) == (
            "From the fair",
            "add",
            "lead",
        )


def test_full_run_of_a_pasted_table(qtbot: QtBot, database: Database, admin: User) -> None:
    wizard = make_wizard(qtbot, database)
    source = wizard.source_page
    click_option(qtbot, source.paste_radio)
    assert source.paste_edit.isVisible()
    source.paste_edit.setFocus()
    source.paste_edit.insertPlainText(  # as Ctrl+V from Excel puts it: tab-separated
        "Name\tPhone\tEmail\tTags\n"
        "Anna Nowak\t601 234 567\tanna@wp.pl\tVIP\n"
        "Jan Kowalski\t+48 22 123 45 67\tjan@onet.pl\tOpt; VIP\n"
    )
    qtbot.waitUntil(source.isComplete, timeout=WAIT_MS)
    assert "pasted text" in source.info_label.text()
    assert source.preview_model.rowCount() == 2

    forward(qtbot, wizard, SETTINGS)
    region = wizard.settings_page.region_combo
    region.setCurrentIndex(region.findText("PL"))
    through_rest = wizard.settings_page
    assert through_rest.isComplete()
    to_preview(qtbot, wizard)
    forward(qtbot, wizard, RUN)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULTS, timeout=WAIT_MS)

    assert phones_of(database) == {
        "Anna Nowak": ["+48601234567"],
        "Jan Kowalski": ["+48221234567"],
    }
    with database.session() as session:
        jan = session.scalar(select(Client).where(Client.full_name == "Jan Kowalski"))
        assert jan is not None
        assert sorted(t.name for t in jan.tags) == ["Opt", "VIP"]
        job = session.scalar(select(ImportJob))
        assert job is not None and job.source == "pasted text"


def test_required_fields_gate_the_next_button(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Заметка;Город;Фирма\nзвонить;Москва;ООО Ромашка\n", encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    forward(qtbot, wizard, SETTINGS)
    forward(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    page.choose(2, None)  # the matcher took "Фирма" for the company: nothing identifies now
    assert not forward_button(wizard).isEnabled()
    assert page.problem_label.isVisible()
    assert "nothing to recognise a client by" in page.problem_label.text()
    assert "<b>Full name</b>" in page.required_label.text()
    bold = page.rows[0].combo.itemData(
        page.rows[0].combo.findData("full_name"), Qt.ItemDataRole.FontRole
    )
    assert bold is not None and bold.bold()

    page.choose(2, "full_name")
    page.choose(1, "full_name")  # a single field chosen twice is flagged
    assert "also chosen" in page.row_status(1)
    assert "also chosen" in page.row_status(2)
    assert not forward_button(wizard).isEnabled()
    assert "choose one" in page.problem_label.text()

    page.choose(1, "address")
    assert page.row_status(1) == ""
    assert forward_button(wizard).isEnabled()
    assert not page.problem_label.isVisible()
    forward(qtbot, wizard, PREVIEW)


def test_phone_rules_preview_and_malformed_rule(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "phones.csv"
    path.write_text("Name,Phone\nA,8 916 123-45-67\nB,9161112233\nC,12345\n", encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    forward(qtbot, wizard, SETTINGS)
    page = wizard.settings_page
    table = page.rule_table

    def shown() -> list[tuple[str, str, str]]:
        return [
            tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(table.rowCount())
        ]

    assert [row[0] for row in shown()] == ["8 916 123-45-67", "9161112233", "12345"]
    qtbot.keyClicks(page.rules_edit, "[11]/-8+7 [10]/+7")
    assert shown()[0] == ("8 916 123-45-67", "79161234567", "+79161234567")
    assert shown()[1] == ("9161112233", "79161112233", "+79161112233")
    qtbot.keyClicks(page.valid_edit, "[11]")
    assert shown()[2][1] == ""
    assert "5 digits" in shown()[2][2] and "wants 11" in shown()[2][2]

    qtbot.keyClicks(page.rules_edit, " [11]/x")
    assert page.rule_error.isVisible()
    assert "'[11]/x' is malformed" in page.rule_error.text()
    assert not forward_button(wizard).isEnabled()
    assert table.rowCount() == 0
    for _ in range(len(" [11]/x")):
        qtbot.keyClick(page.rules_edit, Qt.Key.Key_Backspace)
    assert not page.rule_error.isVisible()
    assert forward_button(wizard).isEnabled()

    qtbot.keyClicks(page.try_edit, "8(926)000-11-22")
    assert shown()[0] == ("8(926)000-11-22", "79260001122", "+79260001122")

    to_preview(qtbot, wizard)
    assert wizard.preview_page.count_labels["created"].text() == "2"
    assert wizard.preview_page.count_labels["failed"].text() == "1"


def test_editing_a_failing_cell_in_the_preview_fixes_the_row(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "fix.csv"
    path.write_text(
        "Name;Phone;Email\nAnna;+7 916 000 00 01;anna@mail.ru\nBoris;+7 916 000 00 02;boris@mail\n",
        encoding="utf-8",
    )
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    model, view = page.model, page.view
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "3"  # row 3 of the file
    assert model.index(0, 1).data() == "Emails: 'boris@mail' is not an email address"
    bad = model.index(0, FIRST_CELL + 2)
    assert bad.data() == "boris@mail"
    assert bad.data(Qt.ItemDataRole.BackgroundRole) is not None  # the cell at fault
    assert model.index(0, FIRST_CELL).data(Qt.ItemDataRole.BackgroundRole) is None
    assert bad.data(Qt.ItemDataRole.ToolTipRole) == (
        "A value has the wrong format (wrong_format).\nEmails: 'boris@mail' is not an email address"
    )

    view.setFocus()
    view.setCurrentIndex(bad)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "boris@mail.ru")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.entries[0].fixed, timeout=WAIT_MS)
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    assert model.index(0, 1).data() == "Fixed: the client will be created"
    assert page.count_labels["created"].text() == "2"
    assert page.count_labels["failed"].text() == "0"
    assert wizard.state.overrides == {3: {2: "boris@mail.ru"}}

    forward(qtbot, wizard, RUN)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULTS, timeout=WAIT_MS)
    assert wizard.results_page.view.count_labels["failed"].text() == "0"
    with database.session() as session:
        boris = session.scalar(select(Client).where(Client.full_name == "Boris"))
        assert boris is not None
        assert [p.normalized for p in boris.contact_points if p.kind == "email"] == [
            "boris@mail.ru"
        ]


def test_results_page_saves_the_failed_rows(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "some-bad.csv"
    path.write_text(
        "Name,Phone,Email\nAnna,+7 916 000 00 01,anna@mail.ru\n=HYPERLINK(1),abc,\nCarl,,carl@\n",
        encoding="utf-8",
    )
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    through_to_results(qtbot, wizard)
    view = wizard.results_page.view
    assert view.count_labels["failed"].text() == "2"
    assert view.save_button.isEnabled()
    out = tmp_path / "failed.xlsx"
    wizard.dialogs.save_path = lambda *_args: str(out)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in view.status_label.text(), timeout=WAIT_MS)
    sheet = load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert sheet["B2"].data_type == "s"  # the formula is written as text, never as a formula
    assert rows[0] == ["Row", "Name", "Phone", "Email", "Reason", "Detail"]
    assert [r[0] for r in rows[1:]] == [3, 4]
    assert rows[1][1] == "=HYPERLINK(1)"
    assert {r[4] for r in rows[1:]} == {"wrong_format"}

    out_csv = tmp_path / "failed.csv"
    wizard.dialogs.save_path = lambda *_args: str(out_csv)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "failed.csv" in view.status_label.text(), timeout=WAIT_MS)
    assert (
        out_csv.read_text(encoding="utf-8-sig").splitlines()[0]
        == "Row,Name,Phone,Email,Reason,Detail"
    )


def test_show_imported_clients_reports_the_job(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "two.csv"
    path.write_text("Name,Phone\nAnna,+7 916 000 00 01\nBoris,+7 916 000 00 02\n", encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    through_to_results(qtbot, wizard)
    job_id = wizard.state.result.job_id  # type: ignore[union-attr]
    with qtbot.waitSignal(wizard.showClientsRequested, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(wizard.results_page.view.show_button, Qt.MouseButton.LeftButton)
    assert signal.args == [job_id]
    assert not wizard.isVisible()


def test_undo_on_the_results_page_after_a_confirmation(
    qtbot: QtBot, database: Database, admin: User, add_client, tmp_path: Path
) -> None:
    add_client("Anna", ["+7 916 000 00 01"])
    path = tmp_path / "upd.csv"
    path.write_text("Name,Phone,Address\nAnna,+7 916 000 00 01,Moscow\nBoris,+7 916 000 00 02,\n")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    through_to_results(qtbot, wizard)
    view = wizard.results_page.view
    assert (view.count_labels["created"].text(), view.count_labels["updated"].text()) == ("1", "1")
    questions: list[str] = []

    def refuse(_parent: object, _title: str, text: str) -> bool:
        questions.append(text)
        return False

    wizard.dialogs.confirm = refuse
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(questions), timeout=WAIT_MS)  # counted on a worker first
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    assert "1 clients it created will be deleted" in questions[0]
    assert count(database) == 2
    wizard.dialogs.confirm = lambda *_args: True
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in view.status_label.text(), timeout=WAIT_MS)
    assert not view.undo_button.isEnabled()
    with database.session() as session:
        names = {c.full_name: c.address for c in session.scalars(select(Client))}
    assert names == {"Anna": None}


def test_a_user_without_the_import_permission_gets_the_refusal(
    qtbot: QtBot, database: Database, manager: User
) -> None:
    wizard = make_wizard(qtbot, database, login="maria")
    page = wizard.source_page
    assert page.error_label.isVisible()
    assert "may not import clients" in page.error_label.text()
    assert not page.browse_button.isEnabled()
    assert not forward_button(wizard).isEnabled()


def test_an_unreadable_file_is_refused_on_the_first_page(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    fake = tmp_path / "clients.xlsx"
    fake.write_text("this is not a workbook", encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, fake)
    page = wizard.source_page
    assert page.error_label.isVisible()
    assert "clients.xlsx is not a spreadsheet" in page.error_label.text()
    assert "Traceback" not in page.error_label.text()
    assert not forward_button(wizard).isEnabled()
    assert page.preview_model.rowCount() == 0

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    choose_file(qtbot, wizard, empty)
    assert "empty.csv is empty" in page.error_label.text()
    assert not forward_button(wizard).isEnabled()
    assert wizard.currentId() == SOURCE


def test_encoding_and_separator_can_be_changed_with_a_live_preview(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "cp1251.csv"
    path.write_bytes("Имя;Телефон\nЁлкин Пётр;89161234567\n".encode("cp1251"))
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    page = wizard.source_page
    assert page.encoding_combo.itemText(0) == "Automatic (cp1251)"
    assert page.delimiter_combo.itemText(0) == "Automatic (;)"
    assert page.preview_model.index(0, 0).data() == "Ёлкин Пётр"

    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(","))
    page.delimiter_combo.activated.emit(page.delimiter_combo.currentIndex())
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    assert page.preview_model.columnCount() == 1  # nothing separated by commas
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("koi8-r"))
    page.encoding_combo.activated.emit(page.encoding_combo.currentIndex())
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    assert "encoding koi8-r" in page.info_label.text()
    assert "Ёлкин" not in page.preview_model.index(0, 0).data()


def test_a_file_dropped_on_the_page_is_read(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "dropped.csv"
    path.write_text("Name,Email\nAnna,anna@mail.ru\n", encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    page = wizard.source_page
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(page.width() / 2, page.height() / 2)
    with warnings.catch_warnings():  # PySide marks the only constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            where.toPoint(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, drop)
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    assert page.path_edit.text() == str(path)
    assert page.preview_model.index(0, 1).data() == "anna@mail.ru"


def test_the_sample_file_is_saved_and_imports(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    wizard = make_wizard(qtbot, database)
    sample = tmp_path / "sample.xlsx"
    wizard.dialogs.save_path = lambda *_args: str(sample)
    qtbot.mouseClick(wizard.source_page.sample_button, Qt.MouseButton.LeftButton)
    assert sample.exists()
    assert "Sample file saved" in wizard.source_page.info_label.text()
    choose_file(qtbot, wizard, sample)
    through_to_results(qtbot, wizard)
    assert count(database) >= 2
    assert "Фронкин Игорь Михайлович" in phones_of(database)


def test_matching_is_saved_and_loaded(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "m.csv"
    path.write_text("Клиент,Тел,Источник\nAnna,+7 916 000 00 01,web\n", encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    forward(qtbot, wizard, SETTINGS)
    forward(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    page.choose(2, "note")
    wizard.dialogs.ask_text = lambda *_args: "Web leads"
    page.save_preset_action.trigger()
    assert "Web leads" in page.ignored_label.text()
    out = tmp_path / "matching.json"
    wizard.dialogs.save_path = lambda *_args: str(out)
    page.save_file_action.trigger()
    assert '"Источник": "note"' in out.read_text(encoding="utf-8")

    page.choose(2, None)
    page.choose(1, "tags")
    wizard.dialogs.choose = lambda _p, _t, _l, items: next(iter(items))
    page.load_preset_action.trigger()
    assert [r.combo.currentData() for r in page.rows] == [
        page.rows[0].combo.currentData(),
        "phones",
        "note",
    ]
    page.choose(2, None)
    wizard.dialogs.open_path = lambda *_args: str(out)
    page.load_file_action.trigger()
    assert page.rows[2].combo.currentData() == "note"
    assert page.row_status(2) == ""  # loaded, not suggested


def test_an_admin_adds_a_custom_field_for_an_ignored_column(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Name,Phone,Канал\nAnna,+7 916 000 00 01,web\n", encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    forward(qtbot, wizard, SETTINGS)
    forward(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    link = page.rows[2].add_field
    assert link.isVisible()
    assert not page.rows[0].add_field.isVisible()
    wizard.dialogs.ask_custom_field = lambda _parent, header: (header, "text")
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert page.rows[2].combo.currentData() == "custom.kanal"
    assert page.rows[2].combo.currentText() == "Канал"
    to_preview(qtbot, wizard)
    forward(qtbot, wizard, RUN)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULTS, timeout=WAIT_MS)
    with database.session() as session:
        assert session.scalars(select(CustomFieldValue.value)).all() == ["web"]


def test_an_importer_who_is_not_an_admin_gets_no_custom_field_link(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    with database.transaction() as session:
        session.add(Role(name="importer", permissions=["import", "edit_clients"]))
        session.flush()
        add_user(session, current_user(session, "admin"), "ivan", "Ivan Importer", "importer")
    path = tmp_path / "c.csv"
    path.write_text("Name,Канал\nAnna,web\n", encoding="utf-8")
    wizard = make_wizard(qtbot, database, login="ivan")
    choose_file(qtbot, wizard, path)
    forward(qtbot, wizard, SETTINGS)
    forward(qtbot, wizard, MAPPING)
    assert wizard.mapping_page.row_status(1) == "ignored"
    assert not wizard.mapping_page.rows[1].add_field.isVisible()


def big_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Full name,Phone,Email\n")
        for i in range(rows):
            fh.write(f"Person {i},+7 916 {i // 10000:03d} {i % 10000:04d},p{i}@example.com\n")
    return path


@pytest.mark.parametrize("how", ["cancel button", "closing the wizard"])
def test_a_cancelled_run_leaves_the_base_unchanged(
    qtbot: QtBot, database: Database, admin: User, add_client, tmp_path: Path, how: str
) -> None:
    add_client("Person 5", ["+7 916 000 0005"])  # would be updated
    before = count(database)
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, big_csv(tmp_path / "big.csv", 30_000))
    forward(qtbot, wizard, SETTINGS)
    forward(qtbot, wizard, MAPPING)
    forward(qtbot, wizard, PREVIEW)
    preview = wizard.preview_page
    qtbot.mouseClick(preview.stop_button, Qt.MouseButton.LeftButton)  # no need to check it all
    wait_checked(qtbot, wizard)
    assert preview.progress_label.text().startswith("Stopped; rows checked:")
    forward(qtbot, wizard, RUN)
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.progress.value() > 0, timeout=WAIT_MS)
    assert run.running
    if how == "cancel button":
        qtbot.mouseClick(run.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not run.running, timeout=WAIT_MS)
        assert run.status_label.text() == (
            "The import was cancelled. Nothing was changed in the base."
        )
        assert wizard.currentId() == RUN
        assert run.again_button.isVisible()
        assert not forward_button(wizard).isEnabled()
    else:
        wizard.dialogs.confirm = lambda *_args: True
        wizard.reject()
        assert wizard.isVisible()  # it waits for the roll-back
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)
    assert count(database) == before
    assert jobs(database) == []
    with database.session() as session:
        person = session.scalar(select(Client).where(Client.full_name == "Person 5"))
        assert person is not None and person.version == 1


def test_defaults_queue_and_scenario_reach_the_new_clients(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    with database.transaction() as session:
        session.add_all([Queue(name="Cold calls"), SalesScenario(name="Dental equipment")])
        add_user(session, current_user(session, "admin"), "maria", "Мария Соколова")
    path = tmp_path / "deals.csv"
    path.write_text(
        "Name,Phone,Interest: topic\nAnna,+7 916 000 00 01,Chairs\nBoris,+7 916 000 00 02,\n",
        encoding="utf-8",
    )
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    forward(qtbot, wizard, SETTINGS)
    page = wizard.settings_page
    page.group_combo.setFocus()
    qtbot.keyClicks(page.group_combo, "Leads/Spring")
    page.responsible_combo.setCurrentIndex(page.responsible_combo.findData("maria"))
    page.queue_combo.setCurrentIndex(page.queue_combo.findData("Cold calls"))
    page.scenario_combo.setCurrentIndex(page.scenario_combo.findData("Dental equipment"))
    forward(qtbot, wizard, MAPPING)
    assert wizard.mapping_page.rows[2].combo.currentData() == "deal.topic"
    to_preview(qtbot, wizard)
    forward(qtbot, wizard, RUN)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULTS, timeout=WAIT_MS)
    with database.session() as session:
        rows = session.execute(
            select(Client.full_name, Queue.name, Group.name, User.login)
            .outerjoin(Queue, Queue.id == Client.queue_id)
            .outerjoin(Group, Group.id == Client.group_id)
            .outerjoin(User, User.id == Client.responsible_id)
            .order_by(Client.id)
        ).all()
        assert [tuple(r) for r in rows] == [
            ("Anna", "Cold calls", "Spring", "maria"),
            ("Boris", "Cold calls", "Spring", "maria"),
        ]
        deals = session.execute(
            select(Deal.topic, SalesScenario.name).outerjoin(
                SalesScenario, SalesScenario.id == Deal.scenario_id
            )
        ).all()
        assert [tuple(d) for d in deals] == [("Chairs", "Dental equipment")]


def test_an_unmatched_unique_field_is_refused_with_a_sentence(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "u.csv"
    path.write_text("Name,Phone\nAnna,+7 916 000 00 01\n", encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    forward(qtbot, wizard, SETTINGS)
    page = wizard.settings_page
    click_option(qtbot, page.unique_radio)
    assert not page.step_checks["phone"].isEnabled()
    page.unique_combo.setCurrentIndex(page.unique_combo.findData("emails"))
    forward(qtbot, wizard, MAPPING)
    mapping = wizard.mapping_page
    qtbot.mouseClick(forward_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == MAPPING  # the engine refused to start
    assert mapping.problem_label.isVisible()
    assert mapping.problem_label.text() == "The unique field 'emails' is not matched to any column."


def test_another_sheet_of_a_workbook_can_be_chosen(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "two-sheets.xlsx"
    book = Workbook()
    first = book.active
    first.title = "Notes"
    first.append(["Just a note"])
    first.append(["nothing to import"])
    second = book.create_sheet("Clients")
    second.append(["Name", "Phone"])
    second.append(["Anna", "+7 916 000 00 01"])
    book.save(path)
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    page = wizard.source_page
    assert page.sheet_combo.isEnabled()
    assert page.sheet_combo.currentText() == "Notes"
    page.sheet_combo.setFocus()
    qtbot.keyClick(page.sheet_combo, Qt.Key.Key_Down)
    page.sheet_combo.activated.emit(page.sheet_combo.currentIndex())
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    assert page.sheet_combo.currentText() == "Clients"
    assert page.preview_model.headerData(1, Qt.Orientation.Horizontal) == "Phone"
    assert "sheet “Clients”" in page.info_label.text()


def test_the_whole_wizard_works_from_the_keyboard(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    wizard = make_wizard(qtbot, database)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    source = wizard.source_page
    # a mnemonic "clicks" its button after a short animation: wait for it
    qtbot.keyClick(wizard, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # From a pasted table
    qtbot.waitUntil(source.paste_radio.isChecked, timeout=WAIT_MS)
    for _ in range(10):
        if QApplication.focusWidget() is source.paste_edit:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is source.paste_edit
    for line in ("Name;Phone", "Anna;+7 916 000 00 01", "Boris;+7 916 000 00 02"):
        qtbot.keyClicks(source.paste_edit, line)
        qtbot.keyClick(source.paste_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(source.isComplete, timeout=WAIT_MS)

    def press(key: Qt.Key, *pages: int) -> None:
        if not wizard.isActiveWindow():  # a mnemonic works in the active window only
            wizard.activateWindow()
            qtbot.waitUntil(wizard.isActiveWindow)
        before = wizard.currentId()
        qtbot.keyClick(wizard.focusWidget() or wizard, key, Qt.KeyboardModifier.AltModifier)
        try:
            qtbot.waitUntil(lambda: wizard.currentId() in pages, timeout=WAIT_MS)
        except TimeoutError as exc:
            raise AssertionError(
                f"Alt+{key.name} on page {before} left page {wizard.currentId()}"
            ) from exc

    press(Qt.Key.Key_N, SETTINGS)
    qtbot.keyClick(wizard, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # mode Add
    qtbot.waitUntil(wizard.settings_page.mode_buttons["add"].isChecked, timeout=WAIT_MS)
    press(Qt.Key.Key_N, MAPPING)
    press(Qt.Key.Key_N, PREVIEW)
    wait_checked(qtbot, wizard)
    press(Qt.Key.Key_I, RUN, RESULTS)  # Import: a small file may be done at once
    qtbot.waitUntil(lambda: wizard.currentId() == RESULTS, timeout=WAIT_MS)
    assert phones_of(database) == {"Anna": ["+79160000001"], "Boris": ["+79160000002"]}
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)


def test_an_engine_error_during_the_run_is_a_sentence_and_changes_nothing(
    qtbot: QtBot, database: Database, admin: User, tmp_path: Path
) -> None:
    path = tmp_path / "changing.csv"
    good = "Name,Phone\n" + "".join(f"P{i},+7 916 000 {i:04d}\n" for i in range(3000))
    path.write_text(good, encoding="utf-8")
    wizard = make_wizard(qtbot, database)
    choose_file(qtbot, wizard, path)
    to_preview(qtbot, wizard)
    # the file changes on disk before the run: its end is no longer UTF-8
    path.write_bytes(good.encode("utf-8") + "Ёлкин,+7 916 111 11 11\n".encode("cp1251"))
    forward(qtbot, wizard, RUN)
    run = wizard.run_page
    qtbot.waitUntil(run.error_label.isVisible, timeout=WAIT_MS)
    text = run.error_label.text()
    assert text.startswith("The import stopped: changing.csv is not valid utf-8 text near row")
    assert text.endswith("Nothing was changed in the base.")
    assert "Traceback" not in text
    assert wizard.currentId() == RUN
    assert not forward_button(wizard).isEnabled()
    assert count(database) == 0
    assert jobs(database) == []
