"""Which clients a check looks at: the client list's own filters (its `FilterBar` fills the
stage, manager, tag, group and queue lists the same way) laid out with labels, plus the period
the cards were created in.

Signals: `changed()` when any choice changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from desktop_crm.services.filter_choices import FilterChoices
from desktop_crm.services.search import ClientQuery
from desktop_crm.ui.clients.filters import FilterBar
from desktop_crm.ui.widgets.date_edit import DateLineEdit
from desktop_crm.wizards.control.filters import ClientFilter


class FilterForm(QGroupBox):
    changed = Signal()

    def __init__(self, choices: FilterChoices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Which clients"), parent)
        self.setObjectName("controlFilter")
        self.bar = FilterBar(self)  # fills the lists; its combos are laid out here
        self.bar.hide()
        self.bar.set_choices(choices)
        self.bar.changed.connect(self.changed)
        self.created_from, self.created_to = DateLineEdit(self), DateLineEdit(self)
        for edit in (self.created_from, self.created_to):
            edit.changed.connect(self.changed)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, combo in (
            (self.tr("S&tage:"), self.bar.stage),
            (self.tr("&Responsible manager:"), self.bar.responsible),
            (self.tr("T&ag:"), self.bar.tag),
            (self.tr("&Group (with subgroups):"), self.bar.group),
            (self.tr("&Queue:"), self.bar.queue),
        ):
            combo.setParent(self)
            combo.setMinimumContentsLength(16)
            form.addRow(text, combo)
        period = QHBoxLayout()
        period.addWidget(self.created_from, 1)
        to_label = QLabel(self.tr("t&o"), self)
        to_label.setBuddy(self.created_to.edit)
        period.addWidget(to_label)
        period.addWidget(self.created_to, 1)
        created_label = QLabel(self.tr("Card &created from:"), self)
        created_label.setBuddy(self.created_from.edit)
        form.addRow(created_label, period)

    def problem(self) -> str | None:
        return self.created_from.problem() or self.created_to.problem()

    def client_filter(self) -> ClientFilter:
        """The filter chosen; raises the engine's error for a reversed period."""
        query = self.bar.apply(ClientQuery())
        return ClientFilter(
            stage=query.stage,
            group_id=query.group_id,
            tag_id=query.tag_ids[0] if query.tag_ids else None,
            responsible_id=query.responsible_id,
            queue_id=query.queue_id,
            created_from=self.created_from.date(),
            created_to=self.created_to.date(),
        )
