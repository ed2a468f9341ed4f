"""`metric_series` tool for the analytics agent.

The model picks a metric and a date range; we map the metric onto a
reporting table and run a parameterised query.
"""
from datetime import date

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

METRIC_TABLES = {
    "signups": "daily_signups",
    "orders": "daily_orders",
    "churn": "daily_churn",
    "revenue": "daily_revenue",
}


def build_query(metric: str, region: str | None) -> sql.Composed:
    try:
        table = METRIC_TABLES[metric]
    except KeyError:
        raise ValueError(f"unknown metric {metric!r}; choose one of {sorted(METRIC_TABLES)}")
    query = sql.SQL("SELECT day, value FROM {} WHERE day BETWEEN %s AND %s").format(
        sql.Identifier("reporting", table)
    )
    if region:
        query = query + sql.SQL(" AND region = %s")
    return query + sql.SQL(" ORDER BY day")


def metric_series(conn: psycopg.Connection, metric: str, start: str, end: str,
                  region: str | None = None) -> list[dict]:
    params: list = [date.fromisoformat(start), date.fromisoformat(end)]
    if region:
        params.append(region)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(build_query(metric, region), params)
        return [{"day": r["day"].isoformat(), "value": float(r["value"])} for r in cur.fetchall()]
