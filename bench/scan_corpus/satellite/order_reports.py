"""Monthly order reports for the sales dashboard."""
from __future__ import annotations

from datetime import date

import psycopg2
from psycopg2 import sql

GROUPINGS = {
    "customer": "customer_id",
    "sensor": "sensor",
    "region": "region_code",
}


def monthly_totals(conn, month_start: date, month_end: date, group_by: str = "customer") -> list:
    column = GROUPINGS.get(group_by)
    if column is None:
        raise ValueError(f"cannot group by {group_by!r}")
    query = sql.SQL(
        "SELECT {col}, count(*) AS orders, sum(area_km2) AS area, sum(price_eur) AS revenue "
        "FROM tasking_orders WHERE created_at >= %s AND created_at < %s "
        "GROUP BY {col} ORDER BY revenue DESC"
    ).format(col=sql.Identifier(column))
    with conn.cursor() as cur:
        cur.execute(query, (month_start, month_end))
        return cur.fetchall()


def customer_orders(conn, customer_id: int, status: str | None = None) -> list:
    clauses = [sql.SQL("customer_id = %s")]
    params: list = [customer_id]
    if status:
        clauses.append(sql.SQL("status = %s"))
        params.append(status)
    query = sql.SQL("SELECT id, created_at, status, price_eur FROM tasking_orders WHERE {}").format(
        sql.SQL(" AND ").join(clauses)
    )
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()


def connect(dsn: str):
    return psycopg2.connect(dsn)
