"""The base's phone country (issue 15 item 3): chosen by an admin at the first start (proposed
from the system's locale), used by the card, the new-client dialog, the import and the search;
a number that fits another country only is flagged, not stored under the wrong code."""

from __future__ import annotations

from pathlib import Path

from card_fixtures import make_client, open_card, wait_for
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.cli import main
from desktop_crm.db import Database
from desktop_crm.models import ContactPoint, User
from desktop_crm.services.base_settings import phone_region, proposed_region, set_phone_region
from desktop_crm.ui.app import run_app
from desktop_crm.ui.clients.new_client_dialog import NewClientDialog
from desktop_crm.ui.importing.wizard import ImportWizard
from desktop_crm.ui.main_window import MainWindow
from tests.files import write_csv
from tests.ui.conftest import answer_modals


def set_region(database: Database, admin: User, region: str) -> None:
    with database.transaction() as session:
        set_phone_region(session, session.merge(admin), region)


def phones_of(database: Database, client_id: int) -> list[str]:
    with database.session() as session:
        query = select(ContactPoint.normalized).where(
            ContactPoint.client_id == client_id, ContactPoint.kind == "phone"
        )
        return list(session.scalars(query.order_by(ContactPoint.position)))


def test_a_us_number_on_the_card_of_a_us_base(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    set_region(database, admin, "US")
    client_id = make_client(database, admin, phones=[])
    card = open_card(qtbot, database, "admin", client_id)
    hint = card.fields.phones.findChild(QLabel, "phoneCountryHint")
    assert hint is not None and hint.text() == "Without a country code: United States (+1)"
    row = card.fields.phones.rows()[0]
    qtbot.keyClicks(row.edit, "(848) 244-9879")
    qtbot.keyClick(row.edit, Qt.Key.Key_Return)
    assert row.edit.text() == "+1 848-244-9879"
    assert card.save()
    assert phones_of(database, client_id) == ["+18482449879"]


def test_a_number_of_another_country_is_flagged_on_the_card(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    set_region(database, admin, "PL")
    client_id = make_client(database, admin, phones=[])
    card = open_card(qtbot, database, "admin", client_id)
    row = card.fields.phones.rows()[0]
    qtbot.keyClicks(row.edit, "8 912 345-67-89")  # a Russian mobile, written the Russian way
    qtbot.keyClick(row.edit, Qt.Key.Key_Return)
    hint = card.fields.phones.findChild(QLabel, "phoneCountryHint")
    assert hint is not None
    assert hint.text().startswith("“8 912 345-67-89” is not a number of Poland, but of Russia")
    assert "+7 912 345-67-89" in hint.text()
    assert row.edit.text() == "8 912 345-67-89"  # not re-countried behind the user's back


def test_a_polish_mobile_in_new_client_on_a_polish_base(
    qtbot: QtBot, database: Database, admin: User
) -> None:
    set_region(database, admin, "PL")
    dialog = NewClientDialog(database, "admin")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # Tab moves the focus in the active window only
        dialog.show()
        dialog.activateWindow()
    qtbot.keyClicks(dialog.full_name, "Kowalski Jan")
    qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.phone, "601 234 567")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Tab)
    assert dialog.create_button.isEnabled(), dialog.reason.text()
    assert dialog.phone.text() == "+48 601 234 567"
    assert dialog.phone_hint.text() == "Without a country code: Poland (+48)"
    with qtbot.waitSignal(dialog.created) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert phones_of(database, created.args[0]) == ["+48601234567"]


def test_the_import_reads_numbers_in_the_base_country(
    database: Database, admin: User, tmp_path: Path, qtbot: QtBot
) -> None:
    set_region(database, admin, "US")
    path = write_csv(tmp_path / "us.csv", "Full name,Phone\nJohn Doe,(848) 244-9879\n")
    url = database.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "--user", "admin", "import", str(path), "--json"]) == 0
    with database.session() as session:
        assert session.scalar(select(ContactPoint.normalized)) == "+18482449879"
    wizard = ImportWizard(database, "admin")  # the window's import starts in the base's country
    qtbot.addWidget(wizard)
    assert wizard.state.region == "US"
    combo = wizard.settings_page.findChild(QComboBox, "region")
    assert combo is not None and "base's phone country" in combo.toolTip()


def close_windows_soon() -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()

    QTimer.singleShot(300, close)


def test_the_first_start_proposes_the_country_to_an_admin(
    qtbot: QtBot, database: Database, admin: User, database_url: str
) -> None:
    assert phone_region_of(database) is None
    proposal = proposed_region(QLocale.system().name())
    seen: list[str] = []

    def confirm_poland(widget: QWidget) -> None:
        assert isinstance(widget, QDialog) and widget.objectName() == "phoneRegionDialog"
        combo = widget.findChild(QComboBox, "phoneRegion")
        assert combo is not None
        seen.append(str(combo.currentData()))
        combo.setCurrentIndex(combo.findData("PL"))
        widget.accept()
        close_windows_soon()

    with answer_modals(confirm_poland):
        assert run_app(database_url, "admin") == 0
    assert seen == [proposal]
    assert phone_region_of(database) == "PL"
    # chosen once: the next start asks nothing
    close_windows_soon()
    assert run_app(database_url, "admin") == 0


def test_a_manager_gets_the_default_without_a_question(
    qtbot: QtBot, database: Database, manager: User, database_url: str
) -> None:
    close_windows_soon()
    assert run_app(database_url, "maria") == 0  # a dialog would never be answered: no close
    assert phone_region_of(database) is None


def phone_region_of(database: Database) -> str | None:
    with database.session() as session:
        return phone_region(session)


def test_the_window_searches_in_the_base_country(
    qtbot: QtBot, database: Database, admin: User, add_client
) -> None:  # type: ignore[no-untyped-def]
    set_region(database, admin, "GB")
    client_id = add_client("John Smith", ["+44 7700 900123"])
    add_client("Иванов Пётр", ["+7 912 345-67-89"])
    window = MainWindow(database, "admin")
    qtbot.addWidget(window)
    lst = window.client_list
    qtbot.keyClicks(lst.search_edit, "07700 900123")  # the British way: trunk 0, no +44
    wait_for(qtbot, lambda: lst.model.query.text == "07700 900123" and lst.model.total == 1)
    assert lst.model.all_ids() == [client_id]
