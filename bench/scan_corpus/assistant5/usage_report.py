"""Usage report queries for the account dashboard."""
from __future__ import annotations

import sqlite3
from datetime import date

METRIC_COLUMNS = {
    "api_calls": "api_call_count",
    "storage": "storage_bytes",
    "seats": "active_seats",
}


def build_usage_query(metric: str, project_ids: list[int]) -> str:
    column = METRIC_COLUMNS[metric]
    placeholders = ", ".join("?" for _ in project_ids)
    return (
        f"SELECT project_id, day, {column} AS value "
        "FROM daily_usage "
        f"WHERE project_id IN ({placeholders}) AND day BETWEEN ? AND ? "
        "ORDER BY project_id, day"
    )


def usage_series(
    conn: sqlite3.Connection,
    metric: str,
    project_ids: list[int],
    start: date,
    end: date,
) -> dict[int, list[tuple[str, int]]]:
    if metric not in METRIC_COLUMNS:
        raise ValueError(f"unknown metric {metric!r}")
    if not project_ids:
        return {}
    sql = build_usage_query(metric, project_ids)
    params = [*project_ids, start.isoformat(), end.isoformat()]
    series: dict[int, list[tuple[str, int]]] = {pid: [] for pid in project_ids}
    for project_id, day, value in conn.execute(sql, params):
        series[project_id].append((day, value))
    return series
