"""Maintenance history report for the reliability engineers.

Returns closed work orders for a site with optional component filtering and
a user-selectable sort column from the report screen.
"""
from __future__ import annotations

from datetime import date

import psycopg2
from psycopg2 import sql

SORT_COLUMNS = {
    "closed": "closed_at",
    "asset": "asset_tag",
    "hours": "labour_hours",
    "component": "component_code",
}


def build_history_query(sort: str, descending: bool, component: str | None) -> tuple[sql.Composed, list]:
    column = SORT_COLUMNS.get(sort, "closed_at")
    filters = [sql.SQL("site = %s"), sql.SQL("status = 'closed'"), sql.SQL("closed_at >= %s")]
    if component:
        filters.append(sql.SQL("component_code = %s"))
    query = sql.SQL(
        "SELECT id, asset_tag, component_code, description, labour_hours, closed_at "
        "FROM work_orders WHERE {where} ORDER BY {column} {direction} LIMIT %s"
    ).format(
        where=sql.SQL(" AND ").join(filters),
        column=sql.Identifier(column),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )
    return query, ([component] if component else [])


def fetch_history(
    conn: "psycopg2.extensions.connection",
    site: str,
    since: date,
    sort: str = "closed",
    descending: bool = True,
    component: str | None = None,
    limit: int = 500,
) -> list[tuple]:
    query, extra = build_history_query(sort, descending, component)
    with conn.cursor() as cur:
        cur.execute(query, [site, since, *extra, limit])
        return cur.fetchall()


def mean_time_between_failures(conn: "psycopg2.extensions.connection", asset_tag: str) -> float | None:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT extract(epoch FROM max(closed_at) - min(closed_at)) / 3600.0 / nullif(count(*) - 1, 0) "
            "FROM work_orders WHERE asset_tag = %s AND work_type = 'breakdown'",
            (asset_tag,),
        )
        row = cur.fetchone()
    return float(row[0]) if row and row[0] is not None else None
