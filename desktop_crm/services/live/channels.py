"""Who hears which change on PostgreSQL (STO-7 within IMP-13): a queue's own channel.

Any role may LISTEN on any channel, so a notice naming a client of a queue cannot go where a
manager outside that queue could listen. The triggers send a change of a client without a
queue to the public channel `crm_changes`, and a change of a queue's client to that queue's
channel, whose name is a digest of the base's secret (`live_channel_key`, which only admins and
the owner may read) and the queue id. `crm_my_channels()` tells a connection the channels of its
own login's queues (every queue for admins, the owner, superusers, and on a base without team
roles, where one account is everybody). A change of queues or of their members is announced on
the public channel as kind `membership`: listeners ask for their channels again.

The functions run as their owner (SECURITY DEFINER): the trigger must read the secret whoever
saves, and a manager must learn their channels without reading the secret. On a team base
`db init-team` and `db upgrade` hand them to the owner role (`services/team/setup.py`).
"""

from __future__ import annotations

from desktop_crm.services.live.events import MEMBERSHIP
from desktop_crm.services.team.grants import ADMIN_GROUP, GROUPS, OWNER

PUBLIC_CHANNEL = "crm_changes"
MANY_ROWS = 1000  # a statement over more rows is announced as "many changed", on the public channel
MANY_IDS = 100  # a notice names at most this many clients, else "many changed" on its channel

_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"


def _session_user_in(*roles: str) -> str:
    """SQL: the connection's own login (`session_user`; `current_user` is the owner inside
    these functions) is a direct member of one of `roles` (which may not exist yet)."""
    names = ", ".join(f"'{r}'" for r in roles)
    return (
        "EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles u ON u.oid = m.member"
        f" WHERE u.rolname = session_user AND g.rolname IN ({names}))"
    )


_SEES_ALL = f"""(
    (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
    OR coalesce((SELECT tableowner FROM pg_tables
                 WHERE schemaname = 'public' AND tablename = 'clients'), '') <> '{OWNER}'
    OR {_session_user_in(ADMIN_GROUP, OWNER)})"""

# 64 hex digits from the server's strong random source
_SECRET = "replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')"

# Called only by the functions below (as their owner). A base whose key row is gone (emptied
# tables, a partial restore) gets a new secret: a channel is never nameless nor guessable.
QUEUE_CHANNEL = f"""
CREATE OR REPLACE FUNCTION public.crm_queue_channel(queue integer) RETURNS text
LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $fn$
DECLARE
  key text := (SELECT k.secret FROM public.live_channel_key k ORDER BY k.id LIMIT 1);
BEGIN
  IF key IS NULL THEN
    INSERT INTO public.live_channel_key (id, secret) VALUES (1, {_SECRET})
      ON CONFLICT (id) DO NOTHING;
    key := (SELECT k.secret FROM public.live_channel_key k ORDER BY k.id LIMIT 1);
  END IF;
  RETURN 'crm_q_' || md5(key || ':' || queue);
END $fn$"""

MY_CHANNELS = f"""
CREATE OR REPLACE FUNCTION public.crm_my_channels() RETURNS SETOF text
LANGUAGE sql VOLATILE {_DEFINER} AS $fn$
  SELECT public.crm_queue_channel(q.id) FROM public.queues q
  WHERE {_SEES_ALL}
     OR q.id IN (SELECT m.queue_id FROM public.queue_members m
                 JOIN public.users u ON u.id = m.user_id
                 WHERE u.login = session_user AND u.is_active)
$fn$"""

NOTIFY_CHANGE = rf"""
CREATE OR REPLACE FUNCTION public.crm_notify_change() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    expr text := TG_ARGV[1];
    -- 'own': the row holds its queue (clients); else its client's queue is looked up
    own boolean := TG_NARGS > 2 AND TG_ARGV[2] = 'own';
    picked text;
    source text;
    touched bigint;
    signer text;
    grp record;
BEGIN
    picked := format('%s AS c, %s AS q', expr, CASE WHEN own THEN 'queue_id' ELSE 'NULL' END);
    -- at most {MANY_ROWS + 1} rows a side are looked at: a statement over more is "many changed"
    source := CASE TG_OP
        WHEN 'INSERT' THEN format('(SELECT %s FROM new_rows LIMIT {MANY_ROWS + 1})', picked)
        WHEN 'DELETE' THEN format('(SELECT %s FROM old_rows LIMIT {MANY_ROWS + 1})', picked)
        -- a row moved to another client or queue changed both
        ELSE format('(SELECT %1$s FROM old_rows LIMIT {MANY_ROWS + 1})'
                    ' UNION ALL (SELECT %1$s FROM new_rows LIMIT {MANY_ROWS + 1})', picked)
    END;
    EXECUTE format('SELECT count(*) FROM (%s) s', source) INTO touched;
    IF touched = 0 THEN
        RETURN NULL;
    END IF;
    signer := CASE
        -- a team base: the connection's own login, which nobody can set to another's
        WHEN {_session_user_in(*GROUPS)} THEN session_user::text
        -- one shared account: the application names its user
        ELSE coalesce(nullif(current_setting('crm.login', true), ''), session_user::text)
    END;
    IF touched > {MANY_ROWS} THEN
        PERFORM pg_notify('{PUBLIC_CHANNEL}', json_build_object('kind', TG_ARGV[0],
            'op', lower(TG_OP), 'ids', NULL, 'login', signer,
            'at', extract(epoch FROM statement_timestamp()))::text);
        RETURN NULL;
    END IF;
    FOR grp IN EXECUTE CASE WHEN own
        THEN format('SELECT s.q AS queue, array_agg(DISTINCT s.c) AS ids FROM (%s) s'
                    ' WHERE s.c IS NOT NULL GROUP BY s.q', source)
        -- a row whose client is gone (deleted with it) is told by the client's own notice
        ELSE format('SELECT c.queue_id AS queue, array_agg(DISTINCT s.c) AS ids FROM (%s) s'
                    ' JOIN public.clients c ON c.id = s.c GROUP BY c.queue_id', source)
    END LOOP
        PERFORM pg_notify(
            CASE WHEN grp.queue IS NULL THEN '{PUBLIC_CHANNEL}'
                 ELSE public.crm_queue_channel(grp.queue) END,
            json_build_object('kind', TG_ARGV[0], 'op', lower(TG_OP),
                'ids', CASE WHEN cardinality(grp.ids) > {MANY_IDS} THEN NULL ELSE grp.ids END,
                'login', signer,
                'at', extract(epoch FROM statement_timestamp()))::text);
    END LOOP;
    RETURN NULL;
END
$$"""

NOTIFY_MEMBERSHIP = f"""
CREATE OR REPLACE FUNCTION public.crm_notify_membership() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
BEGIN
    PERFORM pg_notify('{PUBLIC_CHANNEL}', json_build_object('kind', '{MEMBERSHIP}',
        'op', lower(TG_OP), 'ids', NULL,
        'at', extract(epoch FROM statement_timestamp()))::text);
    RETURN NULL;
END
$$"""

# signature -> CREATE statement
INTERNAL = {"crm_queue_channel(queue integer)": QUEUE_CHANNEL}  # run by the others only
CALLED = {  # a login calls `crm_my_channels` itself; the triggers fire for every login
    "crm_my_channels()": MY_CHANNELS,
    "crm_notify_change()": NOTIFY_CHANGE,
    "crm_notify_membership()": NOTIFY_MEMBERSHIP,
}
FUNCTIONS = {**INTERNAL, **CALLED}
MEMBERSHIP_TABLES = ("queues", "queue_members")
