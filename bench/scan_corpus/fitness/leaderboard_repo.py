"""Data access for club and segment leaderboards (psycopg 3)."""
from __future__ import annotations

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "time": "e.elapsed_s ASC",
    "power": "e.avg_power_w DESC NULLS LAST",
    "date": "e.recorded_at DESC",
}

BASE_QUERY = """
    SELECT a.display_name, e.elapsed_s, e.avg_power_w, e.recorded_at
    FROM efforts e
    JOIN athletes a ON a.id = e.athlete_id
    WHERE e.segment_id = %(segment_id)s
      AND (%(age_group)s::text IS NULL OR a.age_group = %(age_group)s)
"""


def build_query(sort: str) -> str:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["time"])
    return f"{BASE_QUERY} ORDER BY {order_by} LIMIT %(limit)s"


def segment_leaderboard(conn: psycopg.Connection, segment_id: int, *,
                        age_group: str | None = None, sort: str = "time",
                        limit: int = 100) -> list[dict]:
    params = {"segment_id": segment_id, "age_group": age_group, "limit": min(limit, 500)}
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(build_query(sort), params)
        return cur.fetchall()
