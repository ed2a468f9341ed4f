"""Hours-of-service violation listing for the compliance dashboard."""
from __future__ import annotations

from datetime import date

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from fleet.config import settings

SORTABLE_COLUMNS = {"occurred_at", "driver_id", "rule", "severity"}


def _violations_query(sort_by: str, descending: bool) -> sql.Composed:
    if sort_by not in SORTABLE_COLUMNS:
        raise ValueError(f"cannot sort by {sort_by!r}")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL(
        "SELECT id, driver_id, rule, severity, occurred_at, notes "
        "FROM hos_violations "
        "WHERE carrier_id = %(carrier)s AND occurred_at::date BETWEEN %(start)s AND %(end)s "
        "ORDER BY {column} {direction} LIMIT %(limit)s"
    ).format(column=sql.Identifier(sort_by), direction=direction)


def list_violations(
    carrier_id: int,
    start: date,
    end: date,
    sort_by: str = "occurred_at",
    descending: bool = True,
    limit: int = 200,
) -> list[dict]:
    query = _violations_query(sort_by, descending)
    params = {"carrier": carrier_id, "start": start, "end": end, "limit": min(limit, 1000)}
    with psycopg.connect(settings.HOS_DATABASE_URL, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(query, params)
            return cur.fetchall()
