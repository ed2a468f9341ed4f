"""Weekly roster report for the clinical operations team: active clinicians
per state licence, sortable from the admin UI.
"""
from __future__ import annotations

import psycopg2
import psycopg2.extras

SORT_COLUMNS = {
    "name": "c.display_name",
    "state": "l.state",
    "expires": "l.expires_on",
    "visits": "visit_count",
}
DEFAULT_SORT = "name"


def _build_roster_query(state: str | None, sort: str, descending: bool) -> tuple[str, dict]:
    order_col = SORT_COLUMNS.get(sort, SORT_COLUMNS[DEFAULT_SORT])
    direction = "DESC" if descending else "ASC"
    params: dict = {}
    where = ["c.active", "l.expires_on >= CURRENT_DATE"]
    if state:
        where.append("l.state = %(state)s")
        params["state"] = state.upper()
    sql = f"""
        SELECT c.id, c.display_name, c.npi, l.state, l.licence_number, l.expires_on,
               COUNT(v.id) AS visit_count
          FROM clinicians c
          JOIN clinician_licences l ON l.clinician_id = c.id
          LEFT JOIN video_visits v
                 ON v.clinician_id = c.id AND v.starts_at >= now() - interval '7 days'
         WHERE {" AND ".join(where)}
         GROUP BY c.id, l.id
         ORDER BY {order_col} {direction}, c.id
    """
    return sql, params


def fetch_roster(conn, state: str | None = None, sort: str = DEFAULT_SORT, descending: bool = False) -> list[dict]:
    sql, params = _build_roster_query(state, sort, descending)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return [dict(r) for r in cur.fetchall()]
