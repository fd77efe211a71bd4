"""The functions through which an admin manages logins: SECURITY DEFINER, owned by the owner
role (which alone holds CREATEROLE), executable by `crm_admin` only.

Why not CREATEROLE for every admin: that attribute lets a role alter any non-superuser role of
the whole server, other applications' too. These functions touch only CRM logins (members of
a CRM group role that are not groups themselves nor superusers) and take a SCRAM verifier, so
no password ever reaches the server in clear.
"""

from __future__ import annotations

from desktop_crm.services.team.grants import ADMIN_GROUP, GROUPS, OWNER, owned_functions

_GROUP_LIST = ", ".join(f"'{g}'" for g in GROUPS)
_HEADER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$"

FUNCTIONS: dict[str, str] = {
    "crm_is_login(login text)": f"""
CREATE OR REPLACE FUNCTION public.crm_is_login(login text) RETURNS boolean
{_HEADER}
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM pg_auth_members m
    JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
    WHERE r.rolname = login AND g.rolname IN ({_GROUP_LIST})
      AND NOT r.rolsuper AND r.rolname NOT IN ({_GROUP_LIST}, '{OWNER}'));
END $fn$""",
    "crm_create_login(login text, verifier text, grp text)": f"""
CREATE OR REPLACE FUNCTION public.crm_create_login(login text, verifier text, grp text)
RETURNS void {_HEADER}
BEGIN
  IF grp NOT IN ({_GROUP_LIST}) THEN
    RAISE EXCEPTION 'not a CRM group: %', grp;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', login);
  ELSIF NOT public.crm_is_login(login) THEN
    RAISE EXCEPTION 'role % exists and is not a CRM login', login USING ERRCODE = '42710';
  END IF;
  IF verifier IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
  END IF;
  EXECUTE format('GRANT %I TO %I', grp, login);
END $fn$""",
    "crm_set_password(login text, verifier text)": f"""
CREATE OR REPLACE FUNCTION public.crm_set_password(login text, verifier text)
RETURNS void {_HEADER}
BEGIN
  IF NOT public.crm_is_login(login) THEN
    RAISE EXCEPTION 'not a CRM login: %', login USING ERRCODE = '42704';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
END $fn$""",
    "crm_set_login_enabled(login text, enabled boolean)": f"""
CREATE OR REPLACE FUNCTION public.crm_set_login_enabled(login text, enabled boolean)
RETURNS void {_HEADER}
BEGIN
  IF NOT public.crm_is_login(login) THEN
    RAISE EXCEPTION 'not a CRM login: %', login USING ERRCODE = '42704';
  END IF;
  EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
END $fn$""",
    "crm_set_login_group(login text, grp text)": f"""
CREATE OR REPLACE FUNCTION public.crm_set_login_group(login text, grp text)
RETURNS void {_HEADER}
BEGIN
  IF NOT public.crm_is_login(login) OR grp NOT IN ('{ADMIN_GROUP}', 'crm_manager') THEN
    RAISE EXCEPTION 'not a CRM login or group: % %', login, grp USING ERRCODE = '42704';
  END IF;
  EXECUTE format('REVOKE crm_admin, crm_manager FROM %I', login);
  EXECUTE format('GRANT %I TO %I', grp, login);
END $fn$""",
}


def function_statements() -> list[str]:
    """Create (or replace) the functions as the owner and let only admins run them."""
    return owned_functions(FUNCTIONS, ADMIN_GROUP)
