"""How the import groups the card fields (`desktop_crm/fields.py` declares them)."""

from __future__ import annotations

from desktop_crm.fields import CARD_FIELDS

# A row must give at least one of these, or there is nothing to recognise the client by.
# Required fields (IMP-3): a name (full name, one of its parts or a company), or a phone, or an
# email. The import dialog shows them in bold; a mapping without any of them is refused.
IDENTIFYING_FIELDS = ("full_name", "last_name", "first_name", "company", "phones", "emails")
NAME_FIELDS = ("full_name", "last_name", "first_name", "middle_name")
# Plain columns of `clients` an import writes as they are.
CLIENT_COLUMNS = ("address", "website", "position")
DEAL_FIELDS = tuple(f.key for f in CARD_FIELDS if f.is_deal)
