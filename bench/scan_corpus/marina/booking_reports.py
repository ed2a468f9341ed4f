"""Occupancy and revenue reports for the harbour office.

The report screen lets staff filter by pontoon and season and sort by any of
the visible columns.
"""
from __future__ import annotations

from datetime import date

from psycopg2 import sql
from psycopg2.extras import RealDictCursor

SORTABLE = {
    "pontoon": "b.pontoon",
    "berth": "b.number",
    "nights": "nights",
    "revenue": "revenue",
}


def _order_clause(sort: str, descending: bool) -> sql.Composable:
    column = SORTABLE.get(sort, "b.pontoon")
    table, _, name = column.rpartition(".")
    ident = sql.Identifier(table, name) if table else sql.Identifier(name)
    return sql.SQL("ORDER BY {} {}").format(ident, sql.SQL("DESC" if descending else "ASC"))


def occupancy_report(conn, start: date, end: date, pontoon: str | None = None,
                     sort: str = "pontoon", descending: bool = False) -> list[dict]:
    filters = [sql.SQL("bk.arrival < %(end)s"), sql.SQL("bk.departure > %(start)s")]
    params = {"start": start, "end": end}
    if pontoon:
        filters.append(sql.SQL("b.pontoon = %(pontoon)s"))
        params["pontoon"] = pontoon

    query = sql.SQL(
        """
        SELECT b.pontoon, b.number,
               SUM(LEAST(bk.departure, %(end)s) - GREATEST(bk.arrival, %(start)s)) AS nights,
               SUM(bk.total_eur) AS revenue
          FROM berth_bookings bk
          JOIN berths b ON b.id = bk.berth_id
         WHERE {where}
         GROUP BY b.pontoon, b.number
         {order}
        """
    ).format(where=sql.SQL(" AND ").join(filters), order=_order_clause(sort, descending))

    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(query, params)
        return list(cur.fetchall())
