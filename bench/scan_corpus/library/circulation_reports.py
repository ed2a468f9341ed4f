"""Circulation statistics for the branch managers' dashboard."""
from datetime import date

from psycopg2 import sql

SORTABLE = {
    "checkouts": "checkouts",
    "renewals": "renewals",
    "holds": "holds_filled",
    "branch": "branch_code",
}

_BASE = sql.SQL("""
    SELECT branch_code,
           count(*) FILTER (WHERE event = 'checkout') AS checkouts,
           count(*) FILTER (WHERE event = 'renewal')  AS renewals,
           count(*) FILTER (WHERE event = 'hold_filled') AS holds_filled
      FROM circ_events
     WHERE event_date BETWEEN %s AND %s
       AND ({branch_filter})
  GROUP BY branch_code
  ORDER BY {sort_column} {direction}
""")


def branch_activity(conn, start: date, end: date, branches: list[str] | None = None,
                    sort: str = "checkouts", descending: bool = True) -> list[tuple]:
    params: list = [start, end]
    if branches:
        branch_filter = sql.SQL("branch_code = ANY(%s)")
        params.append(list(branches))
    else:
        branch_filter = sql.SQL("TRUE")

    query = _BASE.format(
        branch_filter=branch_filter,
        sort_column=sql.Identifier(SORTABLE.get(sort, "checkouts")),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()
