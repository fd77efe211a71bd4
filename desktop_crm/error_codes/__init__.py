"""Every code a `CrmError` may carry, by area, with its English sentence (one source for the
CLI and, translated, for the window: `desktop_crm.ui.error_words`)."""

from __future__ import annotations

from desktop_crm.error_codes.access import AccessCodes
from desktop_crm.error_codes.admin import AdminCodes
from desktop_crm.error_codes.base_settings import BaseSettingCodes
from desktop_crm.error_codes.bulk_edits import BulkEditCodes
from desktop_crm.error_codes.calls import CallCodes
from desktop_crm.error_codes.clients import ClientCodes
from desktop_crm.error_codes.connection import ConnectionCodes
from desktop_crm.error_codes.control import ControlCodes
from desktop_crm.error_codes.files import FileCodes
from desktop_crm.error_codes.imap import ImapCodes
from desktop_crm.error_codes.import_file import ImportFileCodes
from desktop_crm.error_codes.import_settings import ImportSettingsCodes
from desktop_crm.error_codes.linking import LinkingCodes
from desktop_crm.error_codes.mail import MailCodes
from desktop_crm.error_codes.merging import MergingCodes
from desktop_crm.error_codes.records import RecordCodes
from desktop_crm.error_codes.registry import CODES, ErrorCode
from desktop_crm.error_codes.reports import ReportCodes
from desktop_crm.error_codes.storage import StorageCodes
from desktop_crm.error_codes.tasks import TaskCodes
from desktop_crm.error_codes.team import TeamCodes
from desktop_crm.error_codes.values import ValueCodes


class Code(
    AccessCodes,
    ValueCodes,
    ClientCodes,
    RecordCodes,
    FileCodes,
    ImportFileCodes,
    ImportSettingsCodes,
    BaseSettingCodes,
    StorageCodes,
    AdminCodes,
    BulkEditCodes,
    ReportCodes,
    ControlCodes,
    LinkingCodes,
    MailCodes,
    ImapCodes,
    TaskCodes,
    CallCodes,
    MergingCodes,
    TeamCodes,
    ConnectionCodes,
):
    """Every code: a raise names one of these attributes, never a string."""


__all__ = ["CODES", "Code", "ErrorCode"]
