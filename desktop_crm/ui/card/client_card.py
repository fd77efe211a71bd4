"""The card of one client (CLI-2..CLI-9, CLI-12, STO-4): its fields on the left, the Feed, Files,
Deals and History tabs (and People, on a company's card) on the right.

A card works on its own or inside a main window's tab: construct it with a `Database`, the
acting user's login and the client id. It saves with Ctrl+S under optimistic locking: when
someone saved the client after the card loaded it, the user sees who and chooses to reload
their version or save over it. Closing (`close()` or `maybe_close()`) asks about unsaved
changes. Dialogs go through `self.prompts` (see `card/context.py`), so they can be
answered by a test.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.errors import ConflictError, CrmError, NotFound
from desktop_crm.models.clients import COMPANY, LEAD
from desktop_crm.services.card_lookup import CardSnapshot, load_card, load_choices
from desktop_crm.services.clients import delete_clients, update_client
from desktop_crm.ui.card.context import CardContext, Prompts
from desktop_crm.ui.card.deals_tab import DealsTab
from desktop_crm.ui.card.feed_tab import FeedTab
from desktop_crm.ui.card.fields_panel import CardFieldsForm
from desktop_crm.ui.card.files_tab import FilesTab
from desktop_crm.ui.card.history_tab import HistoryTab
from desktop_crm.ui.card.people_tab import PeopleTab
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.locale_format import local_time
from desktop_crm.ui.settings import CARD_TABS, card_default_tab
from desktop_crm.ui.widgets.message_bar import MessageBar
from desktop_crm.ui.widgets.style import emphasised, error_text, muted


class ClientCardWidget(QWidget):
    """One client's card.

    Signals: `saved(int)` after a save, `closed(int)` when the card closed (after the
    unsaved-changes question), `deleted(int)` when the client was deleted from the card,
    `titleChanged(str)` (the name, with " *" while there are unsaved changes),
    `openClientRequested(int)` to open another client's card (a company, an employee).
    """

    saved = Signal(int)
    closed = Signal(int)
    deleted = Signal(int)
    titleChanged = Signal(str)
    openClientRequested = Signal(int)

    def __init__(
        self, database: Database, user_login: str, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientCard")
        self.context = CardContext.create(database, user_login, client_id, self)
        self.snapshot: CardSnapshot | None = None
        self._baseline = None
        self._title = ""
        self._closed = False  # `closed` was emitted
        self._skip_question = False  # deleted: nothing left to save

        self.fields = CardFieldsForm(
            database, self.context.user_login, client_id, self.context.region, self
        )
        self.fields.changed.connect(self._update_state)
        self.fields.openClientRequested.connect(self.openClientRequested)

        self._build_header()
        self._build_tabs()
        self._build_splitter()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(self._header)
        layout.addWidget(self.splitter, 1)
        self.message.float_over(self.splitter)  # "Saved." moves nothing under the mouse

        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self._save_shortcut)

        self.reload()
        self.feed_tab.refresh()
        tabs = dict(
            zip(
                CARD_TABS,
                (self.feed_tab, self.people_tab, self.files_tab, self.deals_tab, self.history_tab),
                strict=True,
            )
        )
        if (preferred := self.tabs.indexOf(tabs[card_default_tab(user_login)])) >= 0:
            self.tabs.setCurrentIndex(preferred)  # the user's choice (Settings › Preferences)

    def _build_tabs(self) -> None:
        self.feed_tab = FeedTab(self.context, self)
        self.files_tab = FilesTab(self.context, self)
        self.deals_tab = DealsTab(self.context, self)
        self.history_tab = HistoryTab(self.context, self)
        self.people_tab = PeopleTab(self.context, self)
        self.people_tab.openClientRequested.connect(self.openClientRequested)
        self.people_tab.hide()  # a tab only on a company's card
        for signal in (
            self.files_tab.filesChanged,
            self.deals_tab.dealsChanged,
        ):
            signal.connect(self._activity_changed)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cardTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.feed_tab, self.tr("Feed"))
        self.tabs.addTab(self.files_tab, self.tr("Files"))
        self.tabs.addTab(self.deals_tab, self.tr("Deals"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.tabs.currentChanged.connect(self._tab_shown)

    def _build_splitter(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)
        scroll.setMinimumWidth(380)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 800])
        self.splitter.setChildrenCollapsible(False)

    @property
    def prompts(self) -> Prompts:
        """The dialogs the card and its tabs ask through; replace their callables to answer."""
        return self.context.prompts

    @property
    def client_id(self) -> int:
        return self.context.client_id

    # building -------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("cardTitle")
        emphasised(self.title_label, point_delta=3)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        muted(self.subtitle)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle)

        self.save_reason = QLabel(self)
        self.save_reason.setObjectName("saveReason")
        error_text(self.save_reason)
        self.save_reason.setWordWrap(True)
        self.save_reason.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.save_reason.setMinimumWidth(240)
        self.save_reason.setMaximumWidth(460)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveCard")
        self.save_button.setToolTip(self.tr("Save the card (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setToolTip(self.tr("Show the card as it is stored now"))
        self.reload_button.clicked.connect(lambda: self.reload(ask=True))
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteClient")
        self.delete_button.clicked.connect(self.delete_client)

        self._header = QHBoxLayout()
        self._header.addLayout(titles, 1)
        self._header.addWidget(self.save_reason)
        self._header.addWidget(self.save_button)
        self._header.addWidget(self.reload_button)
        self._header.addWidget(self.delete_button)

        self.message = MessageBar(self)
        self.message.setObjectName("cardMessage")

    # loading --------------------------------------------------------------------------

    def reload(self, *, ask: bool = False) -> bool:
        """Show the client as stored now. With `ask`, unsaved changes are confirmed first.
        Returns False when the user kept the changes or the client is gone."""
        if ask and self.is_dirty():
            question = self.tr("Discard your unsaved changes and show the stored card?")
            if not self.prompts.confirm(self.tr("Reload the card"), question):
                return False
        try:
            snapshot, choices = self.context.read_as(
                lambda s, user: (load_card(s, user, self.client_id), load_choices(s))
            )
        except NotFound as exc:
            self.show_message(error_message(exc))
            self.save_button.setEnabled(False)
            return False
        self.snapshot = snapshot
        self.fields.set_choices(choices, snapshot.data.responsible_id)
        self.fields.set_snapshot(snapshot)
        self._baseline = self.fields.data()
        is_company = snapshot.data.kind == COMPANY
        people_index = self.tabs.indexOf(self.people_tab)
        if is_company and people_index < 0:
            self.tabs.insertTab(1, self.people_tab, self.tr("People"))
        elif not is_company and people_index >= 0:
            self.tabs.removeTab(people_index)
        for tab in (self.files_tab, self.deals_tab, self.history_tab, self.people_tab):
            tab.loaded = False
        self._tab_shown(self.tabs.currentIndex())
        self._update_subtitle()
        self._update_state()
        return True

    def _update_subtitle(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        data = snapshot.data
        kind = self.tr("Company") if data.kind == COMPANY else self.tr("Person")
        stage = self.tr("lead") if data.stage == LEAD else self.tr("client")
        parts = [f"{kind}, {stage}", f"#{snapshot.client_id}"]
        changed = self.tr("changed {0}").format(local_time(snapshot.updated_at))
        if snapshot.updated_by:
            changed += self.tr(" by {0}").format(snapshot.updated_by)
        parts.append(changed)
        self.subtitle.setText("  ·  ".join(parts))

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        ensure = getattr(tab, "ensure_loaded", None)
        if ensure is not None:
            ensure()

    # state ----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """True when the fields differ from what was loaded or saved."""
        return self._baseline is not None and self.fields.data() != self._baseline

    def title(self) -> str:
        return self._title

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        problems = self.fields.problems()
        self.save_button.setEnabled(dirty and not problems and self.snapshot is not None)
        self.save_reason.setText(problems[0] if problems and dirty else "")
        self.save_reason.setToolTip("\n".join(problems))
        name = " ".join(self.fields.full_name.text().split()) or (
            self.snapshot.data.full_name if self.snapshot else ""
        )
        self.title_label.setText(name)
        title = f"{name} *" if dirty else name
        if title != self._title:
            self._title = title
            self.titleChanged.emit(title)

    def show_message(self, text: str, *, info: bool = False) -> None:
        """A sentence in the bar above the fields (an error, or with `info` a notice)."""
        self.message.show_text(text, info=info)

    def message_text(self) -> str:
        return self.message.shown_text()

    # saving ---------------------------------------------------------------------------

    def save(self, *, force: bool = False) -> bool:
        """Save the fields. On a conflict the user chooses: reload theirs, save mine over
        theirs, or go on editing. Returns True when the card was saved."""
        if self.snapshot is None:
            return False
        problems = self.fields.problems()
        if problems:
            self.show_message(problems[0])
            return False
        data = self.fields.data()
        version = self.snapshot.version
        try:
            self.context.write(
                lambda s, user: update_client(
                    s,
                    user,
                    self.client_id,
                    data,
                    version,
                    region=self.context.region,
                    force=force,
                )
            )
        except ConflictError as exc:
            return self._resolve_conflict(exc)
        except CrmError as exc:
            self.show_message(error_message(exc))
            return False
        self.reload()
        self.show_message(self.tr("Saved."), info=True)
        self._activity_changed()
        self.saved.emit(self.client_id)
        return True

    def _resolve_conflict(self, exc: ConflictError) -> bool:
        self.show_message(error_message(exc))
        choice = self.prompts.ask(
            self.tr("Someone changed this card"),
            error_message(exc),
            [
                ("reload", self.tr("Reload their version")),
                ("overwrite", self.tr("Save mine over theirs")),
                ("cancel", self.tr("Keep editing")),
            ],
        )
        if choice == "reload":
            self.reload()
            self.show_message(self.tr("Reloaded: the card shows the stored version."), info=True)
            return False
        if choice == "overwrite":
            return self.save(force=True)
        return False

    def _save_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self.save()
        elif self.is_dirty():
            problems = self.fields.problems()
            if problems:
                self.show_message(problems[0])

    def _activity_changed(self) -> None:
        """Something on the card changed: the feed and the history show it."""
        self.feed_tab.refresh()
        if self.history_tab.loaded:
            self.history_tab.refresh()

    # closing and deleting -------------------------------------------------------------

    def maybe_close(self) -> bool:
        """Ask about unsaved changes: Save, Discard or Cancel. False keeps the card open."""
        if not self.is_dirty():
            return True
        name = self.snapshot.data.full_name if self.snapshot else ""
        choice = self.prompts.ask(
            self.tr("Unsaved changes"),
            self.tr("The card of {0} has changes that are not saved.").format(name),
            [
                ("save", self.tr("Save")),
                ("discard", self.tr("Discard")),
                ("cancel", self.tr("Cancel")),
            ],
        )
        if choice == "save":
            return self.save()
        return choice == "discard"

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
        elif self._skip_question or self.maybe_close():
            event.accept()
            self._closed = True
            self.closed.emit(self.client_id)
        else:
            event.ignore()

    def delete_client(self) -> bool:
        """Delete the client after a confirmation that says it cannot be undone."""
        name = self.snapshot.data.full_name if self.snapshot else f"#{self.client_id}"
        question = self.tr(
            "Delete {0} for good, with notes, files, deals and history? This cannot be undone."
        ).format(name)
        if not self.prompts.confirm(self.tr("Delete client"), question):
            return False
        try:
            self.context.write(lambda s, user: delete_clients(s, user, [self.client_id]))
        except CrmError as exc:
            self.show_message(error_message(exc))
            self.prompts.error(self.tr("The client was not deleted"), error_message(exc))
            return False
        self.deleted.emit(self.client_id)
        self._skip_question = True
        self.close()
        return True
