"""Utilisation reports for the regional managers' dashboard.

Each equipment family has its own partitioned hire-history table, so the
table name is chosen per report from a fixed map.
"""
from __future__ import annotations

from datetime import date
from typing import Dict, List

import psycopg2.extras

HISTORY_TABLES: Dict[str, str] = {
    "excavators": "hire_history_excavators",
    "access": "hire_history_access_platforms",
    "power": "hire_history_generators",
    "small_tools": "hire_history_small_tools",
}

GROUPINGS: Dict[str, str] = {"depot": "depot_code", "region": "region_code", "model": "model_code"}


class UnknownReport(ValueError):
    pass


def _resolve(family: str, group_by: str) -> tuple[str, str]:
    try:
        return HISTORY_TABLES[family], GROUPINGS[group_by]
    except KeyError as exc:
        raise UnknownReport(str(exc)) from None


def utilisation(conn, family: str, group_by: str, start: date, end: date,
                region: str | None = None) -> List[dict]:
    table, column = _resolve(family, group_by)
    sql = (
        f"SELECT {column} AS bucket, "
        "SUM(days_on_hire)::float / NULLIF(SUM(days_available), 0) AS utilisation, "
        "COUNT(DISTINCT asset_no) AS assets "
        f"FROM {table} "
        "WHERE hire_date BETWEEN %(start)s AND %(end)s "
        "AND (%(region)s IS NULL OR region_code = %(region)s) "
        f"GROUP BY {column} ORDER BY utilisation DESC"
    )
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, {"start": start, "end": end, "region": region})
        return list(cur.fetchall())


def idle_assets(conn, family: str, since: date, limit: int = 100) -> List[dict]:
    table, _ = _resolve(family, "depot")
    sql = (
        f"SELECT asset_no, depot_code, MAX(hire_date) AS last_hired FROM {table} "
        "GROUP BY asset_no, depot_code HAVING MAX(hire_date) < %s "
        "ORDER BY last_hired LIMIT %s"
    )
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, (since, min(limit, 1000)))
        return list(cur.fetchall())
