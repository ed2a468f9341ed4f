"""Lookup of rung peals and quarter peals recorded by society bands."""

import sqlite3
from collections.abc import Sequence
from contextlib import closing

from bellfounder.settings import settings


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.SOCIETY_DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def peals_for_towers(tower_ids: Sequence[int], since_year: int) -> list[dict]:
    if not tower_ids:
        return []
    placeholders = ", ".join("?" for _ in tower_ids)
    query = (
        "SELECT id, tower_id, rung_on, method, changes, conductor "
        f"FROM peals WHERE tower_id IN ({placeholders}) AND strftime('%Y', rung_on) >= ? "
        "ORDER BY rung_on DESC"
    )
    with closing(_connect()) as conn:
        rows = conn.execute(query, [*tower_ids, str(since_year)]).fetchall()
    return [dict(r) for r in rows]


def record_peal(tower_id: int, rung_on: str, method: str, changes: int, conductor: str) -> int:
    with closing(_connect()) as conn, conn:
        cur = conn.execute(
            "INSERT INTO peals (tower_id, rung_on, method, changes, conductor) VALUES (?, ?, ?, ?, ?)",
            (tower_id, rung_on, method, changes, conductor),
        )
        return cur.lastrowid


def ringer_peal_count(ringer_name: str) -> int:
    with closing(_connect()) as conn:
        (count,) = conn.execute(
            "SELECT COUNT(*) FROM peal_ringers WHERE ringer_name = ?", (ringer_name,)
        ).fetchone()
    return count
