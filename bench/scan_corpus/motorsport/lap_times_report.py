"""Builds lap-time comparison tables for practice, qualifying and race sessions."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List

import psycopg
from psycopg.rows import dict_row

SESSION_TABLES: Dict[str, str] = {
    "fp": "practice_laps",
    "quali": "qualifying_laps",
    "race": "race_laps",
}


@dataclass
class LapRow:
    car_number: int
    driver: str
    lap: int
    lap_time_ms: int
    compound: str


def _table_for(session_kind: str) -> str:
    try:
        return SESSION_TABLES[session_kind]
    except KeyError as exc:
        raise ValueError(f"unknown session kind {session_kind!r}") from exc


def fastest_laps(conn: psycopg.Connection, session_kind: str, event_code: str,
                 limit: int = 20) -> List[LapRow]:
    table = _table_for(session_kind)
    query = (
        f"SELECT car_number, driver, lap, lap_time_ms, compound FROM {table} "
        "WHERE event_code = %(event)s AND deleted = false "
        "ORDER BY lap_time_ms ASC LIMIT %(limit)s"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, {"event": event_code, "limit": limit})
        return [LapRow(**row) for row in cur.fetchall()]


def gap_table(rows: List[LapRow]) -> List[Dict[str, object]]:
    if not rows:
        return []
    best = rows[0].lap_time_ms
    return [
        {"pos": i + 1, "car": r.car_number, "driver": r.driver,
         "time": f"{r.lap_time_ms / 1000:.3f}", "gap": f"+{(r.lap_time_ms - best) / 1000:.3f}"}
        for i, r in enumerate(rows)
    ]


if __name__ == "__main__":
    import os
    import sys

    with psycopg.connect(os.environ["TIMING_DB_DSN"]) as connection:
        for line in gap_table(fastest_laps(connection, sys.argv[1], sys.argv[2])):
            print(line)
