"""Settings of the whole base: stored in the database for every desktop, set by admins only,
checked on the way in."""

from __future__ import annotations

import pytest

from desktop_crm.db import Database, open_database
from desktop_crm.errors import PermissionDenied, ValidationError
from desktop_crm.models import User
from desktop_crm.services import base_settings
from desktop_crm.services.users import add_user


def test_a_phone_country_is_none_until_chosen_then_shared(
    database: Database, database_url: str, admin: User
) -> None:
    with database.session() as session:
        assert base_settings.phone_region(session) is None
        assert base_settings.region_or_default(session) == "RU"
    with database.transaction() as session:
        assert base_settings.set_phone_region(session, session.merge(admin), " us ") == "US"
    other_desktop = open_database(database_url)
    try:
        with other_desktop.session() as session:
            assert base_settings.phone_region(session) == "US"
    finally:
        other_desktop.dispose()


def test_only_known_countries_and_sane_limits(database: Database, admin: User) -> None:
    with database.transaction() as session:
        actor = session.merge(admin)
        with pytest.raises(ValidationError, match="'XX' is not a country code"):
            base_settings.set_phone_region(session, actor, "XX")
        with pytest.raises(ValidationError, match="between 1 and 50 MB, not 0"):
            base_settings.set_attachment_limit_mb(session, actor, 0)
        assert base_settings.attachment_limit_mb(session) == 20
        base_settings.set_attachment_limit_mb(session, actor, 5)
        assert base_settings.attachment_limit_mb(session) == 5


def test_a_manager_cannot_change_them(database: Database, admin: User) -> None:
    with database.transaction() as session:
        manager = add_user(session, session.merge(admin), "maria", "Maria", role="manager")
        with pytest.raises(PermissionDenied):
            base_settings.set_phone_region(session, manager, "PL")
        with pytest.raises(PermissionDenied):
            base_settings.set_attachment_limit_mb(session, manager, 30)


@pytest.mark.parametrize(
    ("locale_name", "region"),
    [("pl_PL", "PL"), ("en_US.UTF-8", "US"), ("ru-RU", "RU"), ("C", "RU"), (None, "RU")],
)
def test_the_first_start_proposes_the_locale_country(locale_name: str | None, region: str) -> None:
    assert base_settings.proposed_region(locale_name) == region
