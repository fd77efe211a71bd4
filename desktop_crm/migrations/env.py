"""Alembic environment. The engine comes from `desktop_crm.db.alembic_config`; there is no
alembic.ini, so the installed application carries everything it needs inside the package."""

from alembic import context

from desktop_crm.migrations.unmanaged import include_name
from desktop_crm.models import Base
from desktop_crm.services.team.setup import act_as_owner

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
            compare_type=True,
            include_name=include_name,  # search tables/indexes made by raw SQL
        )
        with context.begin_transaction():
            act_as_owner(connection)
            context.run_migrations()
        connection.commit()


run_migrations()
