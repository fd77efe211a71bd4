"""The filters above the client list: stage, responsible manager, tag, group, queue (CLI-10).

Signals: `changed()` whenever the user picks another value. `apply(query)` returns the query
with the chosen filters; `set_choices(choices)` refills the lists (after tags or users change)
and keeps what was chosen when it still exists.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_crm.services.search import NONE_ID, ClientQuery, FilterChoices

ANY = -1  # item data of "any ..." entries


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.stage = self._combo("stageFilter", self.tr("Stage"))
        self.stage.addItem(self.tr("Leads and clients"), ANY)
        self.stage.addItem(self.tr("Leads"), "lead")
        self.stage.addItem(self.tr("Clients"), "client")
        self.responsible = self._combo("responsibleFilter", self.tr("Responsible manager"))
        self.tag = self._combo("tagFilter", self.tr("Tag"))
        self.group = self._combo("groupFilter", self.tr("Group"))
        self.queue = self._combo("queueFilter", self.tr("Queue"))
        # shown only while the list is narrowed to one import ("Show imported clients")
        self.import_job_id: int | None = None
        self.import_button = QPushButton()
        self.import_button.setObjectName("importJobFilter")
        self.import_button.setToolTip(self.tr("Click to show all clients again"))
        self.import_button.clicked.connect(self.clear_import_job)
        self.import_button.hide()
        self.reset_button = QPushButton(self.tr("Reset filters"))
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Show:")))
        for combo in (self.stage, self.responsible, self.tag, self.group, self.queue):
            layout.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._changed)
        layout.addWidget(self.import_button)
        layout.addWidget(self.reset_button)
        self._filling = False
        self.set_choices(FilterChoices())

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        return combo

    def _changed(self) -> None:
        if not self._filling:
            self.reset_button.setEnabled(self.active)
            self.changed.emit()

    def set_choices(self, choices: FilterChoices) -> None:
        self._filling = True
        try:
            self._fill(
                self.responsible,
                self.tr("Any manager"),
                self.tr("Nobody responsible"),
                choices.users,
            )
            self._fill(self.tag, self.tr("Any tag"), None, choices.tags)
            self._fill(self.group, self.tr("Any group"), self.tr("Not in a group"), choices.groups)
            self._fill(self.queue, self.tr("Any queue"), self.tr("Not in a queue"), choices.queues)
        finally:
            self._filling = False
        self.reset_button.setEnabled(self.active)

    @staticmethod
    def _fill(
        combo: QComboBox,
        any_label: str,
        none_label: str | None,
        items: tuple[tuple[int, str], ...],
    ) -> None:
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(any_label, ANY)
        if none_label is not None:
            combo.addItem(none_label, NONE_ID)
        for item_id, label in items:
            combo.addItem(label, item_id)
        found = combo.findData(chosen) if chosen is not None else -1
        combo.setCurrentIndex(max(found, 0))

    @property
    def active(self) -> bool:
        return self.import_job_id is not None or any(
            c.currentData() not in (ANY, None)
            for c in (self.stage, self.responsible, self.tag, self.group, self.queue)
        )

    def reset(self) -> None:
        self._filling = True
        try:
            for combo in (self.stage, self.responsible, self.tag, self.group, self.queue):
                combo.setCurrentIndex(0)
            self._set_import_job(None)
        finally:
            self._filling = False
        self._changed()

    def show_import_job(self, job_id: int) -> None:
        """Narrow the list to the clients import `job_id` created or updated."""
        self._set_import_job(job_id)
        self._changed()

    def forget_import_job(self, job_id: int) -> bool:
        """Drop the filter on import `job_id` (it was undone: its clients are gone or back as
        they were); True when the list was showing that import."""
        if self.import_job_id != job_id:
            return False
        self.clear_import_job()
        return True

    def clear_import_job(self) -> None:
        self._set_import_job(None)
        self._changed()

    def _set_import_job(self, job_id: int | None) -> None:
        self.import_job_id = job_id
        self.import_button.setText(self.tr("Import #{0}  ✕").format(job_id))
        self.import_button.setVisible(job_id is not None)

    def select(self, combo: QComboBox, value: object) -> None:
        """Choose the entry holding `value` (an id, NONE_ID, "lead"...)."""
        index = combo.findData(value)
        if index < 0:
            raise ValueError(f"{combo.objectName()} has no entry {value!r}")
        combo.setCurrentIndex(index)

    def apply(self, query: ClientQuery) -> ClientQuery:
        def value(combo: QComboBox) -> Any:  # what the combo was filled with: an id, a stage
            data = combo.currentData()
            return None if data in (ANY, None) else data

        tag = value(self.tag)
        stage = value(self.stage)
        return replace(
            query,
            stage=str(stage) if stage else None,
            responsible_id=value(self.responsible),
            tag_ids=(int(tag),) if isinstance(tag, int) else (),
            group_id=value(self.group),
            queue_id=value(self.queue),
            import_job_id=self.import_job_id,
        )
