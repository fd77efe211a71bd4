"""The statements of the linking job (`linking.py`), one set per backend.

A match is an (interaction, card) pair where a counterpart's address is one of the card's
phones or emails, graded by the card's kind (0 contact person, 1 client, 2 lead). The winner of
an interaction is its lowest grade * 2^40 + card id, packed into one integer so one MIN in one
GROUP BY pass finds it (no sort, unlike window functions or DISTINCT ON); the matches disagree,
and the pick is ambiguous, when they hold several clients or several contact persons.

PostgreSQL does a batch in one statement: the matches are kept once (a materialized CTE), the
picks and the candidates of the ambiguous ones read them, one UPDATE ... FROM writes the
matched interactions and returns what the counts need, and no temporary table is written.
SQLite has no writable CTEs: the picks go into a temporary table, then one UPDATE applies them.
"""

from __future__ import annotations

GRADES = ("contact_person", "client", "lead")  # grade 0, 1, 2: lower wins
CARD_SPACE = 1 << 40
UNLINKED = "i.client_id IS NULL AND i.contact_person_id IS NULL"
# SQLite walks the unlinked ids in order through their partial index, so the GROUP BY streams
# group after group instead of sorting (its statistics are often too old to choose it alone)
UNLINKED_INDEX = {"sqlite": "INDEXED BY ix_interactions_unlinked"}

_MATCHES = f"""
SELECT i.id AS iid,
  CASE WHEN cp.contact_person_id IS NOT NULL THEN 0 WHEN c.stage = 'client' THEN 1 ELSE 2 END
    AS grade,
  COALESCE(cp.contact_person_id, cp.client_id) AS card_id,
  c.id AS client_id,
  cp.contact_person_id AS person_id
FROM interactions i {{index}}
JOIN interaction_parties ip ON ip.interaction_id = i.id
JOIN contact_points cp ON cp.kind = ip.kind AND cp.normalized = ip.normalized
LEFT JOIN contact_persons p ON p.id = cp.contact_person_id
JOIN clients c ON c.id = COALESCE(cp.client_id, p.client_id)
WHERE {{scope}} AND {UNLINKED}
  AND ((i.direction = 'in' AND ip.role = 'from')
    OR (i.direction = 'out' AND ip.role IN ('to', 'cc')))
"""
_PACKED = f"m.grade * {CARD_SPACE} + m.card_id"
_GROUPED = f"""
SELECT m.iid, MIN({_PACKED}) AS best,
  CASE WHEN MIN(m.client_id) <> MAX(m.client_id) OR MIN(m.person_id) <> MAX(m.person_id)
    THEN 1 ELSE 0 END AS ambiguous{{aggregates}}
FROM {{source}} m
GROUP BY m.iid
"""
# decoded winner: a person's client is read by the person's key (persons win rarely)
_DECODED = f"""
SELECT g.iid, g.best, g.ambiguous{{carried}}, g.best / {CARD_SPACE} AS grade,
  CASE WHEN g.best / {CARD_SPACE} = 0
    THEN (SELECT p.client_id FROM contact_persons p WHERE p.id = g.best % {CARD_SPACE})
    ELSE g.best % {CARD_SPACE} END AS client_id,
  CASE WHEN g.best / {CARD_SPACE} = 0 THEN g.best % {CARD_SPACE} END AS person_id
FROM ({_GROUPED}) g
"""


def _kind_name(grade: str) -> str:
    return (
        f"CASE {grade} " + " ".join(f"WHEN {n} THEN '{g}'" for n, g in enumerate(GRADES)) + " END"
    )


COUNTS = "SELECT grade, COUNT(*), SUM(ambiguous) FROM {source} GROUP BY grade"


def matches(dialect: str, scope: str) -> str:
    return _MATCHES.format(index=UNLINKED_INDEX.get(dialect, ""), scope=scope)


def postgresql_batch(scope: str) -> str:
    """Pick, apply and count one batch; returns (grade, linked, ambiguous) rows."""
    picks = _DECODED.format(source="m", aggregates="", carried="")
    return f"""
WITH m AS MATERIALIZED ({matches("postgresql", scope)}),
picks AS MATERIALIZED ({picks}),
candidates AS (
  SELECT m.iid, json_agg(json_build_object('kind', {_kind_name("m.grade")}, 'id', m.card_id)
    ORDER BY m.grade, m.card_id) AS cards
  FROM (SELECT DISTINCT m.iid, m.grade, m.card_id FROM m JOIN picks ON picks.iid = m.iid
    WHERE picks.ambiguous = 1 AND {_PACKED} <> picks.best) m
  GROUP BY m.iid
),
applied AS (
  UPDATE interactions SET client_id = picks.client_id, contact_person_id = picks.person_id,
    link_method = :method, linked_at = :now, link_candidates = candidates.cards
  FROM picks LEFT JOIN candidates ON candidates.iid = picks.iid
  WHERE interactions.id = picks.iid
  RETURNING picks.grade, picks.ambiguous
)
{COUNTS.format(source="applied")}
"""


PICKS = "link_picks"
SQLITE_CREATE_PICKS = (
    f"CREATE TEMP TABLE IF NOT EXISTS {PICKS} (interaction_id INTEGER PRIMARY KEY, "
    "best INTEGER NOT NULL, ambiguous INTEGER NOT NULL, packed TEXT, grade INTEGER NOT NULL, "
    "client_id INTEGER NOT NULL, person_id INTEGER, candidates TEXT)"
)


def sqlite_pick(scope: str) -> str:
    """The picks of a batch into the temporary table, with every match of each one packed
    into a list (it costs next to nothing in the same pass), read again for the ambiguous."""
    source = f"({matches('sqlite', scope)})"
    columns = "interaction_id, best, ambiguous, packed, grade, client_id, person_id"
    packed = f", group_concat({_PACKED}) AS packed"
    picked = _DECODED.format(source=source, aggregates=packed, carried=", g.packed")
    return f"INSERT INTO {PICKS} ({columns}) {picked}"


# the other cards of each ambiguous pick, distinct, in priority order, as one JSON array
SQLITE_CANDIDATES = f"""
UPDATE {PICKS} SET candidates = (
  SELECT json_group_array(json_object('kind', {_kind_name(f"v / {CARD_SPACE}")},
    'id', v % {CARD_SPACE}))
  FROM (SELECT DISTINCT value AS v FROM json_each('[' || {PICKS}.packed || ']')
    WHERE value <> {PICKS}.best ORDER BY value))
WHERE ambiguous = 1
"""
# walk the picks and look each row up by id (SQLite's UPDATE ... FROM scans the whole table)
SQLITE_APPLY = f"""
UPDATE interactions SET (client_id, contact_person_id, link_candidates) = (
  SELECT lp.client_id, lp.person_id, lp.candidates FROM {PICKS} lp
  WHERE lp.interaction_id = interactions.id),
  link_method = :method, linked_at = :now
WHERE interactions.id IN (SELECT interaction_id FROM {PICKS})
"""
