"""Press utilisation report for the production manager's dashboard."""
from __future__ import annotations

from datetime import date

import psycopg
from psycopg.rows import dict_row

SORTABLE = {
    "start": "s.starts_at",
    "press": "s.press_id",
    "customer": "c.name",
    "sheets": "j.sheet_count",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _report_sql(sort_key: str, direction: str) -> str:
    order_col = SORTABLE.get(sort_key, SORTABLE["start"])
    order_dir = DIRECTIONS.get(direction.lower(), "ASC")
    return f"""
        SELECT s.press_id, s.starts_at, s.ends_at, j.reference, c.name AS customer,
               j.sheet_count, s.stock_code
        FROM press_slots s
        JOIN jobs j ON j.id = s.job_id
        JOIN customers c ON c.id = j.customer_id
        WHERE s.starts_at >= %(start)s AND s.starts_at < %(end)s
          AND (%(press)s::text IS NULL OR s.press_id = %(press)s)
        ORDER BY {order_col} {order_dir}
        LIMIT %(limit)s
    """


def press_report(
    conn: psycopg.Connection,
    start: date,
    end: date,
    press: str | None = None,
    sort: str = "start",
    direction: str = "asc",
    limit: int = 500,
) -> list[dict]:
    params = {"start": start, "end": end, "press": press, "limit": min(limit, 2000)}
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(_report_sql(sort, direction), params)
        return cur.fetchall()
