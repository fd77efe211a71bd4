"""Page 3 of the import wizard: which column fills which card field (IMP-3).

One row per column of the file: its name, a few sample values, and a combo box of card fields.
The engine's matcher fills the combos and they are marked as suggested; the fields a client
needs (one of them at least) are bold; a field chosen twice is flagged; columns left unmatched
are shown as ignored. Next stays disabled, with the reason under the table, until the matching
is complete; leaving the page asks the engine to check everything else (`prepare_import`).
A matching can be saved (in the base or to a file) and loaded; an admin can add a custom field
for a column the card has no field for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.errors import CrmError
from desktop_crm.fields import custom_key
from desktop_crm.services.access import current_user
from desktop_crm.services.custom_fields import add_field
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.importing.common import Dialogs, ImportState, message_label, show_message
from desktop_crm.ui.importing.mapping_form import (
    IGNORED_COLOR,
    PROBLEM_COLOR,
    SUGGESTED_COLOR,
    ColumnRow,
    MappingForm,
    build_load_button,
    build_save_button,
)
from desktop_crm.ui.words import field_label
from desktop_crm.wizards.importing import (
    Mapping,
    check_mapping,
    list_presets,
    load_mapping_file,
    load_preset,
    prepare_import,
    save_mapping_file,
    save_preset,
)
from desktop_crm.wizards.importing.fields import IDENTIFYING_FIELDS
from desktop_crm.wizards.importing.preview import sample_values


class MappingPage(MappingForm):
    def __init__(self, state: ImportState, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingPage")
        self.state = state
        self.dialogs = dialogs
        self.setTitle(self.tr("Match the columns to card fields"))
        self.setSubTitle(
            self.tr(
                "Only matched columns are imported. Fields in bold identify a client: match at "
                "least one of them."
            )
        )
        self.rows: list[ColumnRow] = []
        self._built_for: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self._by_user: set[int] = set()
        self._problems: list[str] = []
        self._build()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.required_label = QLabel()
        self.required_label.setObjectName("requiredFields")
        self.required_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.required_label, 1)
        top.addWidget(build_save_button(self))
        top.addWidget(build_load_button(self))
        self.save_preset_action.triggered.connect(self.save_to_base)
        self.save_file_action.triggered.connect(self.save_to_file)
        self.load_file_action.triggered.connect(self.load_from_file)
        self.load_preset_action.triggered.connect(self.load_from_base)

        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        scroll = QScrollArea()
        scroll.setObjectName("mappingScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_widget)

        self.ignored_label = QLabel()
        self.ignored_label.setObjectName("ignoredColumns")
        self.ignored_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ignored_label.setWordWrap(True)
        self.ignored_label.setStyleSheet(f"color: {IGNORED_COLOR};")
        self.problem_label = message_label("mappingProblems", error=True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.problem_label)

    def _rebuild(self) -> None:
        """One row per column of the file, combos filled with the card fields."""
        self.rows = []
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        titles = (self.tr("Column in the file"), self.tr("Sample values"), self.tr("Card field"))
        for column, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(label, 0, column)
        headers = self.state.headers
        samples = sample_values(self.state.preview_rows, len(headers))
        admin = self.state.is_admin
        for index, header in enumerate(headers):
            row = ColumnRow(index, header, samples[index])
            self._fill_combo(row.combo)
            row.combo.currentIndexChanged.connect(lambda _i, r=row: self._combo_changed(r))
            row.add_field.setText(self.tr("Add a custom field…"))
            row.add_field.setToolTip(
                self.tr(
                    "Add a field called “{0}” to every card and match this column to it"
                ).format(header)
            )
            row.add_field.clicked.connect(lambda _c=False, r=row: self.add_custom_field(r.index))
            row.add_field.setProperty("allowed", admin)
            self.rows.append(row)
            line = index + 1
            self.grid.addWidget(row.header, line, 0)
            self.grid.addWidget(row.samples, line, 1)
            self.grid.addWidget(row.combo, line, 2)
            self.grid.addWidget(row.status, line, 3)
            self.grid.addWidget(row.add_field, line, 4)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(headers) + 1, 1)
        self._show_required()

    def _fill_combo(self, combo: QComboBox) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— not imported —"), None)
        bold = QFont(combo.font())
        bold.setBold(True)
        section = ""
        for key, spec in self.state.catalog.items():
            kind = "custom" if spec.is_custom else "deal" if spec.is_deal else "card"
            if kind != section:
                combo.insertSeparator(combo.count())
                section = kind
            combo.addItem(field_label(key, self.state.catalog), key)
            if key in IDENTIFYING_FIELDS:
                combo.setItemData(combo.count() - 1, bold, Qt.ItemDataRole.FontRole)
        combo.setMaxVisibleItems(20)
        combo.blockSignals(False)

    def _show_required(self) -> None:
        names = ", ".join(
            f"<b>{field_label(k, self.state.catalog)}</b>" for k in IDENTIFYING_FIELDS
        )
        self.required_label.setText(self.tr("Required: at least one of {0}.").format(names))

    # -- state <-> widgets ------------------------------------------------------------------
    def initializePage(self) -> None:
        if not self.state.catalog:
            self.state.refresh_catalog()
        self.state.ensure_mapping()
        key = (tuple(self.state.headers), tuple(self.state.catalog))
        if key != self._built_for:
            self._rebuild()
            self._built_for = key
            self._by_user = set()
        self._show_mapping(self.state.mapping)

    def _show_mapping(self, mapping: Mapping) -> None:
        for row in self.rows:
            row.combo.blockSignals(True)
            row.combo.setCurrentIndex(max(0, row.combo.findData(mapping.columns.get(row.index))))
            row.combo.blockSignals(False)
        self.state.mapping = mapping
        self._refresh()

    def _combo_changed(self, row: ColumnRow) -> None:
        self._by_user.add(row.index)
        columns = dict(self.state.mapping.columns)
        key = row.combo.currentData()
        if key:
            columns[row.index] = key
        else:
            columns.pop(row.index, None)
        self.state.mapping = Mapping(dict(sorted(columns.items())))
        self._refresh()

    def _refresh(self) -> None:
        mapping, catalog = self.state.mapping, self.state.catalog
        check = check_mapping(mapping, len(self.state.headers), catalog)
        self._problems = list(check.problems)
        suggested = {s.column: s for s in self.state.suggestions}
        taken: dict[str, list[int]] = {}
        for column, key in mapping.columns.items():
            taken.setdefault(key, []).append(column)
        for row in self.rows:
            chosen = mapping.columns.get(row.index)
            others = [c for c in taken.get(chosen or "", []) if c != row.index]
            if chosen and others and not catalog[chosen].multi:
                self._status(
                    row,
                    self.tr("also chosen for “{0}”").format(self.state.headers[others[0]]),
                    PROBLEM_COLOR,
                )
            elif chosen is None:
                self._status(row, self.tr("ignored"), IGNORED_COLOR)
            elif (
                row.index not in self._by_user
                and suggested.get(row.index)
                and (suggested[row.index].key == chosen)
            ):
                score = suggested[row.index].score
                text = (
                    self.tr("suggested")
                    if score >= 100
                    else self.tr("suggested ({0}% alike)").format(round(score))
                )
                self._status(row, text, SUGGESTED_COLOR)
            else:
                self._status(row, "", IGNORED_COLOR)
            row.add_field.setVisible(chosen is None and bool(row.add_field.property("allowed")))
        ignored = [self.state.headers[i] for i in check.ignored if i < len(self.state.headers)]
        if ignored:
            self.ignored_label.setText(
                self.tr("Not imported ({0}): {1}").format(len(ignored), self._some(ignored))
            )
        else:
            self.ignored_label.setText(self.tr("Every column is imported."))
        show_message(self.problem_label, " ".join(self._problems) or None)
        self.completeChanged.emit()

    def _some(self, names: list[str], shown: int = 12) -> str:
        """The first names of a long list, and how many more."""
        text = ", ".join(names[:shown])
        if len(names) > shown:
            text += " " + self.tr("and {0} more").format(len(names) - shown)
        return text

    @staticmethod
    def _status(row: ColumnRow, text: str, color: str) -> None:
        row.status.setText(text)
        row.status.setStyleSheet(f"color: {color};")
        row.combo.setProperty("problem", color == PROBLEM_COLOR)
        font = row.combo.font()
        font.setBold(color == PROBLEM_COLOR)
        row.combo.setFont(font)

    def row_status(self, column: int) -> str:
        return self.rows[column].status.text()

    def choose(self, column: int, key: str | None) -> None:
        """Match `column` to field `key` (None: not imported), as picking it in its combo does."""
        combo = self.rows[column].combo
        combo.setCurrentIndex(max(0, combo.findData(key)))

    # -- saving and loading -----------------------------------------------------------------
    def save_to_base(self) -> None:
        name = self.dialogs.ask_text(
            self,
            self.tr("Save matching"),
            self.tr("Name of the matching (an existing one of that name is replaced):"),
            self.state.source.info.name if self.state.source else "",
        )
        if not name:
            return
        try:
            with self.state.database.transaction() as session:
                user = current_user(session, self.state.login)
                save_preset(session, name, self.state.mapping, self.state.headers, user)
        except CrmError as exc:
            show_message(self.problem_label, error_message(exc))
            return
        self.ignored_label.setText(self.tr("Matching saved as “{0}”.").format(name.strip()))

    def save_to_file(self) -> None:
        path = self.dialogs.save_path(
            self,
            self.tr("Save matching"),
            str(Path.home() / "matching.json"),
            self.tr("Matching (*.json)"),
        )
        if not path:
            return
        try:
            save_mapping_file(Path(path), self.state.mapping, self.state.headers)
        except OSError as exc:
            show_message(
                self.problem_label,
                self.tr("{0} cannot be written: {1}.").format(path, exc.strerror or exc),
            )
            return
        self.ignored_label.setText(self.tr("Matching saved to {0}.").format(path))

    def load_from_base(self) -> None:
        try:
            with self.state.database.session() as session:
                names = [p.name for p in list_presets(session)]
        except CrmError as exc:
            show_message(self.problem_label, error_message(exc))
            return
        if not names:
            self.dialogs.inform(
                self,
                self.tr("Load matching"),
                self.tr("No matching has been saved in the base yet."),
            )
            return
        name = self.dialogs.choose(
            self, self.tr("Load matching"), self.tr("Saved matching:"), names
        )
        if not name:
            return
        try:
            with self.state.database.session() as session:
                mapping = load_preset(session, name, self.state.headers, self.state.catalog)
        except CrmError as exc:
            show_message(self.problem_label, error_message(exc))
            return
        self._loaded(mapping)

    def load_from_file(self) -> None:
        path = self.dialogs.open_path(
            self, self.tr("Load matching"), self.tr("Matching (*.json);;All files (*)")
        )
        if not path:
            return
        try:
            mapping = load_mapping_file(Path(path), self.state.headers, self.state.catalog)
        except CrmError as exc:
            show_message(self.problem_label, error_message(exc))
            return
        self._loaded(mapping)

    def _loaded(self, mapping: Mapping) -> None:
        width = len(self.state.headers)
        self._by_user = set(range(width))  # no longer the matcher's suggestions
        self._show_mapping(Mapping({i: k for i, k in mapping.columns.items() if i < width}))

    # -- custom fields ----------------------------------------------------------------------
    def add_custom_field(self, column: int) -> None:
        header = self.state.headers[column]
        answer = self.dialogs.ask_custom_field(self, header)
        if not answer:
            return
        label, kind = answer
        try:
            with self.state.database.transaction() as session:
                user = current_user(session, self.state.login)
                key = add_field(session, user, "", label, kind).key
        except CrmError as exc:
            show_message(self.problem_label, error_message(exc))
            return
        mapping = self.state.mapping
        self.state.refresh_catalog()
        self._rebuild()
        self._built_for = (tuple(self.state.headers), tuple(self.state.catalog))
        columns = dict(mapping.columns)
        columns[column] = custom_key(key)
        self._by_user.add(column)
        self._show_mapping(Mapping(dict(sorted(columns.items()))))

    # -- QWizardPage --------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return bool(self.rows) and not self._problems

    def validatePage(self) -> bool:
        """The engine's own check of everything chosen so far, before any row is read."""
        try:
            with self.state.database.session() as session:
                user = current_user(session, self.state.login)
                prepare_import(
                    session, user, self.state.settings, self.state.mapping, len(self.state.headers)
                )
        except CrmError as exc:
            show_message(self.problem_label, error_message(exc))
            return False
        return True
