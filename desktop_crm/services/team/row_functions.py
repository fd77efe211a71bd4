"""The helpers of row-level security (`policies.py`): SECURITY DEFINER functions owned by the
owner role, so they read `users` and `queue_members` whatever a login's own rights (these tables
hold no password: those live in the server's own catalog) and run a manager's text search on
the trigram indexes.

Why a search needs a helper: under RLS the planner keeps a manager's non-leakproof conditions
(LIKE on a name, a phone, an email) behind the policy's, so they cannot use an index, and a
search reads every row. The helper runs the same LIKE as the owner, whom the policies do not
narrow, with the manager's queue rule written into its own statement, so the index serves it
and it returns only what the manager may see (the first `max_rows` of it, when the caller
only needs to know whether there are more; whole rows, when the caller orders them). It
answers only for `session_user` or a role the session may become, never for somebody else.
"""

from __future__ import annotations

from desktop_crm.services.team.grants import ADMIN_GROUP, GROUPS, OWNER, owned_functions

# JIT off: it compiles these short index reads for longer than they run
_HEADER = "STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off"

# The queue rule for `login` as SQL text on alias `c` ('true' for admins and the owner).
_RULE = f"""
  IF NOT pg_has_role(session_user, login, 'MEMBER') THEN
    RAISE EXCEPTION 'permission denied to search as %', login USING ERRCODE = '42501';
  END IF;
  IF pg_has_role(login, '{ADMIN_GROUP}', 'MEMBER') OR pg_has_role(login, '{OWNER}', 'MEMBER') THEN
    rule := 'true';
  ELSE
    rule := format('(c.queue_id IS NULL OR c.queue_id = ANY (%L::integer[]))',
                   public.crm_visible_queue_ids(login));
  END IF;"""

FUNCTIONS: dict[str, str] = {
    # PL/pgSQL, not SQL: the policy calls it once in every statement a manager runs, and a
    # SQL function that cannot be inlined plans its query again at each call (0.14 ms against
    # 0.04 ms measured with the plan PL/pgSQL keeps for the session)
    "crm_visible_queue_ids(login text)": f"""
CREATE OR REPLACE FUNCTION public.crm_visible_queue_ids(login text) RETURNS integer[]
LANGUAGE plpgsql {_HEADER} AS $fn$
BEGIN
  RETURN (SELECT coalesce(array_agg(m.queue_id ORDER BY m.queue_id), '{{}}')
          FROM public.queue_members m JOIN public.users u ON u.id = m.user_id
          WHERE u.login = $1 AND u.is_active);
END $fn$""",
    "crm_name_matches(login text, patterns text[], max_rows integer)": f"""
CREATE OR REPLACE FUNCTION public.crm_name_matches(
  login text, patterns text[], max_rows integer DEFAULT NULL)
RETURNS TABLE (id integer) LANGUAGE plpgsql {_HEADER} ROWS 1000 AS $fn$
DECLARE
  rule text;
  tests text;
BEGIN{_RULE}
  SELECT string_agg(format('c.name_key LIKE %L', p), ' AND ') INTO tests FROM unnest(patterns) p;
  RETURN QUERY EXECUTE 'SELECT c.id FROM public.clients c WHERE '
    || coalesce(tests, 'false') || ' AND ' || rule || ' LIMIT ' || coalesce(max_rows::text, 'ALL');
END $fn$""",
    # the whole rows, for a broad search's window: ids alone made the caller read each row
    # again by its id (tens of thousands of index lookups where the admin reads none)
    "crm_name_rows(login text, patterns text[])": f"""
CREATE OR REPLACE FUNCTION public.crm_name_rows(login text, patterns text[])
RETURNS SETOF public.clients LANGUAGE plpgsql {_HEADER} ROWS 1000 AS $fn$
DECLARE
  rule text;
  tests text;
BEGIN{_RULE}
  SELECT string_agg(format('c.name_key LIKE %L', p), ' AND ') INTO tests FROM unnest(patterns) p;
  RETURN QUERY EXECUTE 'SELECT c.* FROM public.clients c WHERE '
    || coalesce(tests, 'false') || ' AND ' || rule;
END $fn$""",
    "crm_contact_matches(login text, patterns text[], max_rows integer)": f"""
CREATE OR REPLACE FUNCTION public.crm_contact_matches(
  login text, patterns text[], max_rows integer DEFAULT NULL)
RETURNS TABLE (id integer) LANGUAGE plpgsql {_HEADER} ROWS 1000 AS $fn$
DECLARE
  rule text;
  tests text;
BEGIN{_RULE}
  SELECT '(' || string_agg(format('p.normalized LIKE %L', p), ' OR ') || ')' INTO tests
  FROM unnest(patterns) p;
  -- the owner of each match looked up by its key, the rule tested on it: the trigram index's
  -- estimates are far off, and a join then hashes every contact person or every client
  RETURN QUERY EXECUTE 'SELECT m.owner FROM (SELECT coalesce(p.client_id, (SELECT o.client_id'
    || ' FROM public.contact_persons o WHERE o.id = p.contact_person_id)) AS owner'
    || ' FROM public.contact_points p WHERE ' || coalesce(tests, 'false') || ') m'
    || ' WHERE (SELECT ' || rule || ' FROM public.clients c WHERE c.id = m.owner)'
    || ' LIMIT ' || coalesce(max_rows::text, 'ALL');
END $fn$""",
}


def row_function_statements() -> list[str]:
    """Create (or replace) the helpers as the owner; every CRM group may run them."""
    return owned_functions(FUNCTIONS, ", ".join(GROUPS))
