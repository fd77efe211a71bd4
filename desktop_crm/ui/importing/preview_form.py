"""The form of the check page (`PreviewPage`), built section by section; the page connects its
own slots. Strings are translated in the page's context, spelled out in each call: lupdate would
take the name of a variable (`page.tr`) for the context and lose their translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QWizardPage,
)

from desktop_crm.models.imports import CREATED, FAILED, SKIPPED, UPDATED
from desktop_crm.ui.importing.failures_model import FailuresModel


class PreviewForm(QWizardPage):
    """The widgets of the check page, made by the builders below; `PreviewPage` is this form
    with its behaviour."""

    # build_progress_row
    progress: QProgressBar
    progress_label: QLabel
    stop_button: QPushButton
    again_button: QPushButton
    # build_counts: the large figures, by outcome (CREATED, UPDATED, SKIPPED, FAILED)
    count_labels: dict[str, QLabel]


def build_progress_row(page: PreviewForm) -> QHBoxLayout:
    """The check's progress, Stop and Check again."""
    page.progress = QProgressBar()
    page.progress.setObjectName("checkProgress")
    page.progress_label = QLabel()
    page.progress_label.setObjectName("checkProgressText")
    page.stop_button = QPushButton(QCoreApplication.translate("PreviewPage", "&Stop checking"))
    page.stop_button.setObjectName("stopCheck")
    page.again_button = QPushButton(QCoreApplication.translate("PreviewPage", "Check &again"))
    page.again_button.setObjectName("checkAgain")
    page.again_button.setToolTip(
        QCoreApplication.translate("PreviewPage", "Run the whole file through the check again")
    )
    top = QHBoxLayout()
    top.addWidget(page.progress, 1)
    top.addWidget(page.progress_label)
    top.addWidget(page.stop_button)
    top.addWidget(page.again_button)
    return top


def build_counts(page: PreviewForm) -> QGridLayout:
    """Rows to create, update, skip and fail, in large type (`page.count_labels` by outcome)."""
    counts = QGridLayout()
    page.count_labels = {}
    titles = (
        (CREATED, QCoreApplication.translate("PreviewPage", "To create:")),
        (UPDATED, QCoreApplication.translate("PreviewPage", "To update:")),
        (SKIPPED, QCoreApplication.translate("PreviewPage", "Skipped:")),
        (FAILED, QCoreApplication.translate("PreviewPage", "Failing:")),
    )
    for column, (key, title) in enumerate(titles):
        value = QLabel("–")
        value.setObjectName(f"count_{key}")
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        value.setFont(font)
        page.count_labels[key] = value
        counts.addWidget(QLabel(title), 0, column * 2)
        counts.addWidget(value, 0, column * 2 + 1)
    counts.setHorizontalSpacing(6)
    for column in range(len(titles)):
        counts.setColumnMinimumWidth(column * 2 + 1, 90)
    counts.setColumnStretch(len(titles) * 2, 1)
    return counts


def build_failures_view(model: FailuresModel) -> QTableView:
    """The failing rows; typing on a cell edits it."""
    view = QTableView()
    view.setObjectName("failedRows")
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(130)
    view.setEditTriggers(
        QTableView.EditTrigger.DoubleClicked
        | QTableView.EditTrigger.EditKeyPressed
        | QTableView.EditTrigger.AnyKeyPressed
    )
    header.resizeSection(0, 60)
    return view
