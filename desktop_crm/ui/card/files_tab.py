"""The Files tab of a card (CLI-5): attach (file dialog or drag-and-drop), open with the system
viewer (a temporary copy under a safe name), save as, delete after a confirmation, and a
comment per file, edited in place or with "Comment…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_crm.errors import CrmError
from desktop_crm.models import User
from desktop_crm.services import attachments
from desktop_crm.services.card_lookup import FileRow, file_rows
from desktop_crm.ui.card.context import CardContext
from desktop_crm.ui.error_words import error_message, failure_text
from desktop_crm.ui.locale_format import format_size, local_time
from desktop_crm.ui.widgets.style import muted

NAME, SIZE, COMMENT, ADDED = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FilesTab(QWidget):
    """Signals: `filesChanged()` after a file is attached, deleted or commented."""

    filesChanged = Signal()

    def __init__(self, context: CardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded = False
        self._filling = False
        self.setAcceptDrops(True)

        self.attach_button = QPushButton(self.tr("Attach files…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.save_as_button = QPushButton(self.tr("Save as…"), self)
        self.comment_button = QPushButton(self.tr("Comment…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.attach_button.clicked.connect(self.attach_chosen)
        self.open_button.clicked.connect(self.open_selected)
        self.save_as_button.clicked.connect(self.save_selected_as)
        self.comment_button.clicked.connect(self.comment_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("filesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Size"), self.tr("Comment"), self.tr("Added")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ADDED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(
            lambda row, column: self.open_selected() if column != COMMENT else None
        )

        limit = format_size(self.context.read(attachments.attachment_limit))
        self.hint = QLabel(
            self.tr("Drop files here to attach them. Files up to {0} each.").format(limit), self
        )
        muted(self.hint)

        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.save_as_button):
            buttons.addWidget(button)
        buttons.addWidget(self.comment_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._update_buttons()

    # loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = self.context.read_as(lambda s, user: file_rows(s, user, self.context.client_id))
        self._filling = True
        try:
            self.table.setRowCount(len(rows))
            for index, row in enumerate(rows):
                self._fill_row(index, row)
        finally:
            self._filling = False
        self.loaded = True
        self._update_buttons()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.refresh()

    def _fill_row(self, index: int, row: FileRow) -> None:
        fixed = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        name = QTableWidgetItem(row.filename)
        name.setData(ID_ROLE, row.id)
        name.setFlags(fixed)
        name.setToolTip(self.tr("Double-click to open"))
        size = QTableWidgetItem(format_size(row.size))
        size.setFlags(fixed)
        size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        comment = QTableWidgetItem(row.comment or "")
        comment.setToolTip(self.tr("Double-click to edit the comment"))
        added = QTableWidgetItem(f"{local_time(row.created_at)}  {row.uploaded_by or ''}".rstrip())
        added.setFlags(fixed)
        for column, item in ((NAME, name), (SIZE, size), (COMMENT, comment), (ADDED, added)):
            self.table.setItem(index, column, item)

    def file_names(self) -> list[str]:
        return [self._cell(r, NAME).text() for r in range(self.table.rowCount())]

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell of a row is filled with the row
        return item

    def select_file(self, name: str) -> bool:
        """Select the first file called `name`; False when there is none."""
        for row in range(self.table.rowCount()):
            if self._cell(row, NAME).text() == name:
                self.table.selectRow(row)
                return True
        return False

    def _selected(self) -> tuple[int, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self._cell(rows[0].row(), NAME)
        return int(item.data(ID_ROLE)), item.text()

    def _update_buttons(self) -> None:
        has = self._selected() is not None
        for button in (self.open_button, self.save_as_button, self.comment_button):
            button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # actions --------------------------------------------------------------------------

    def attach_chosen(self) -> None:
        paths = self.context.prompts.choose_files(self.tr("Attach files"))
        if paths:
            self.attach_paths([Path(p) for p in paths])

    def attach_paths(self, paths: list[Path]) -> int:
        """Attach files, each on its own: one too big does not keep the others out.
        Returns how many were attached; the refusals are told in one message."""
        attached, problems = 0, []
        for path in paths:

            def attach(s: Session, user: User, path: Path = path) -> object:
                return attachments.attach_file(s, user, self.context.client_id, path)

            try:
                self.context.write(attach)
                attached += 1
            except CrmError as exc:
                problems.append(error_message(exc))
        if attached:
            self.refresh()
            self.filesChanged.emit()
        if problems:
            self.context.prompts.error(self.tr("Some files were not attached"), "\n".join(problems))
        return attached

    def open_selected(self) -> Path | None:
        """Write the file to a temporary folder under a safe name and open it."""
        chosen = self._selected()
        if chosen is None:
            return None
        try:
            path = self.context.read_as(
                lambda s, user: attachments.save_to_temp(s, user, chosen[0])
            )
        except (CrmError, OSError) as exc:
            self.context.prompts.error(
                self.tr("The file cannot be opened"),
                failure_text(exc),
            )
            return None
        if not self.context.prompts.open_file(path):
            self.context.prompts.error(
                self.tr("The file cannot be opened"),
                self.tr("No program is set up to open {0}. It was saved to {1}.").format(
                    chosen[1], path
                ),
            )
        return path

    def save_selected_as(self) -> Path | None:
        chosen = self._selected()
        if chosen is None:
            return None
        suggested = str(Path.home() / attachments.safe_filename(chosen[1]))
        target = self.context.prompts.choose_save_path(self.tr("Save the file as"), suggested)
        if not target:
            return None
        try:
            return self.context.read_as(
                lambda s, user: attachments.save_as(s, user, chosen[0], target)
            )
        except CrmError as exc:
            self.context.prompts.error(self.tr("The file was not saved"), error_message(exc))
            return None

    def comment_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        current = self._cell(row, COMMENT).text()
        text = self.context.prompts.ask_text(
            self.tr("Comment on {0}").format(chosen[1]), self.tr("Comment:"), current
        )
        if text is not None:
            self._set_comment(chosen[0], text)

    def delete_selected(self) -> bool:
        chosen = self._selected()
        if chosen is None:
            return False
        question = self.tr("Delete the file {0} from this card? This cannot be undone.")
        if not self.context.prompts.confirm(self.tr("Delete file"), question.format(chosen[1])):
            return False
        ok, _ = self.context.attempt(
            self.tr("The file was not deleted"),
            lambda s, user: attachments.delete_attachment(s, user, chosen[0]),
        )
        if ok:
            self.refresh()
            self.filesChanged.emit()
        return ok

    def _set_comment(self, attachment_id: int, text: str) -> None:
        ok, _ = self.context.attempt(
            self.tr("The comment was not saved"),
            lambda s, user: attachments.set_comment(s, user, attachment_id, text),
        )
        # show the stored comment (or the old one when refused); not from inside the edit
        QTimer.singleShot(0, self.refresh)
        if ok:
            self.filesChanged.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COMMENT:
            return
        name = self._cell(item.row(), NAME)
        self._set_comment(int(name.data(ID_ROLE)), item.text())

    # drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_paths(paths)
