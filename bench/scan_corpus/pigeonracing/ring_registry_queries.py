"""Queries against the federation ring register (SQLite export used offline
by club secretaries at ring-issue evenings)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass
class RingRecord:
    ring_number: str
    year: int
    member_id: int | None
    issued_on: date | None


class RingRegistry:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def lookup(self, ring_number: str) -> RingRecord | None:
        row = self.conn.execute(
            "SELECT ring_number, year, member_id, issued_on FROM rings WHERE ring_number = ?",
            (ring_number.replace(" ", "").upper(),),
        ).fetchone()
        if row is None:
            return None
        issued = date.fromisoformat(row["issued_on"]) if row["issued_on"] else None
        return RingRecord(row["ring_number"], row["year"], row["member_id"], issued)

    def search_prefix(self, prefix: str, year: int, limit: int = 50) -> list[str]:
        cur = self.conn.execute(
            "SELECT ring_number FROM rings WHERE ring_number LIKE ? || '%' AND year = ? "
            "ORDER BY ring_number LIMIT ?",
            (prefix.upper(), year, limit),
        )
        return [r["ring_number"] for r in cur]

    def issue(self, ring_number: str, member_id: int) -> bool:
        with self.conn:
            cur = self.conn.execute(
                "UPDATE rings SET member_id = ?, issued_on = ? "
                "WHERE ring_number = ? AND member_id IS NULL",
                (member_id, date.today().isoformat(), ring_number.upper()),
            )
        return cur.rowcount == 1

    def unissued_count(self, year: int) -> int:
        return self.conn.execute(
            "SELECT COUNT(*) FROM rings WHERE year = ? AND member_id IS NULL", (year,)
        ).fetchone()[0]

    def close(self) -> None:
        self.conn.close()
