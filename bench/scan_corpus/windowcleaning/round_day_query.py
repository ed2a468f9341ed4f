"""Queries the cleaner app's offline SQLite cache for the day's round."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import List, Optional


@dataclass
class CachedStop:
    job_id: int
    address: str
    postcode: str
    gate_notes: Optional[str]
    price_pence: int
    done: bool


class RoundDayCache:
    def __init__(self, path: str):
        self._conn = sqlite3.connect(path)
        self._conn.row_factory = sqlite3.Row

    def stops_for(self, day: date, street_filter: str = "") -> List[CachedStop]:
        sql = (
            "SELECT job_id, address, postcode, gate_notes, price_pence, done "
            "FROM cached_jobs WHERE scheduled_for = ?"
        )
        params: list = [day.isoformat()]
        if street_filter:
            sql += " AND address LIKE ? ESCAPE '\\'"
            escaped = street_filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        sql += " ORDER BY route_order"
        rows = self._conn.execute(sql, params).fetchall()
        return [
            CachedStop(r["job_id"], r["address"], r["postcode"], r["gate_notes"],
                       r["price_pence"], bool(r["done"]))
            for r in rows
        ]

    def mark_done(self, job_id: int, note: str = "") -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE cached_jobs SET done = 1, cleaner_note = ?, pending_sync = 1 WHERE job_id = ?",
                (note, job_id),
            )

    def pending_sync(self) -> List[int]:
        rows = self._conn.execute("SELECT job_id FROM cached_jobs WHERE pending_sync = 1").fetchall()
        return [r["job_id"] for r in rows]

    def clear_synced(self, job_ids: List[int]) -> None:
        with self._conn:
            self._conn.executemany(
                "UPDATE cached_jobs SET pending_sync = 0 WHERE job_id = ?",
                [(jid,) for jid in job_ids],
            )
