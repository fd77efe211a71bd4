"""a manager's broad name search reads whole rows from its helper (issue 13, performance)

On a team base `crm_name_rows` joins the row-level security helpers (services/team/
row_functions.py): the list's window of a name search with many matches takes the visible
rows themselves instead of their ids, which it then read again one by one. `db upgrade` (and
`db init-team`) create it too; this revision makes sure a base upgraded by the window has it.
Nothing to do on SQLite or on a base without the team roles.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from desktop_crm.services.team.grants import GROUPS, OWNER, owned_functions
from desktop_crm.services.team.row_functions import FUNCTIONS

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "crm_name_rows(login text, patterns text[])"


def _team_base() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    owner = bind.execute(
        text(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'clients'"
        )
    ).scalar()
    return owner == OWNER


def upgrade() -> None:
    if not _team_base():
        return
    # through the driver itself: the body's format('%L') is no parameter placeholder
    driver = op.get_bind().connection.driver_connection
    assert driver is not None
    for statement in owned_functions({SIGNATURE: FUNCTIONS[SIGNATURE]}, ", ".join(GROUPS)):
        driver.execute(statement)


def downgrade() -> None:
    if _team_base():
        op.execute(f"DROP FUNCTION IF EXISTS public.{SIGNATURE}")
