"""Merging duplicate cards and undoing a merge (CTL-8)."""

from desktop_crm.services.merging.compare import Comparison, compare_cards
from desktop_crm.services.merging.merge import MergeResult, check_merge, merge_clients
from desktop_crm.services.merging.references import HANDLED
from desktop_crm.services.merging.undo import MergeEntry, list_merges, undo_merge, undo_merge_edit

__all__ = [
    "HANDLED",
    "Comparison",
    "MergeEntry",
    "MergeResult",
    "check_merge",
    "compare_cards",
    "list_merges",
    "merge_clients",
    "undo_merge",
    "undo_merge_edit",
]
