"""Search over commissions for the office's lookup screen.

Staff type part of a parish or town name and optionally pick a status
(tender, contracted, in workshop, installed, maintenance).
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

VALID_STATUSES = {"tender", "contracted", "workshop", "installed", "maintenance"}


@dataclass
class CommissionRow:
    ref: str
    parish: str
    town: str
    manuals: int
    stops: int
    status: str


class CommissionRepository:
    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path)
        self._conn.row_factory = sqlite3.Row

    def by_ref(self, ref: str) -> Optional[CommissionRow]:
        row = self._conn.execute(
            "SELECT ref, parish, town, manuals, stops, status FROM commissions WHERE ref = ?",
            (ref,),
        ).fetchone()
        return CommissionRow(**dict(row)) if row else None

    def search(self, term: str, status: Optional[str] = None) -> list[CommissionRow]:
        if status is not None and status not in VALID_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        term = term.strip()
        status_clause = "AND status = ?" if status else ""
        params = (status,) if status else ()
        rows = self._conn.execute(
            f"SELECT ref, parish, town, manuals, stops, status FROM commissions WHERE (parish LIKE '%{term}%' OR town LIKE '%{term}%') {status_clause} ORDER BY ref DESC",
            params,
        ).fetchall()
        return [CommissionRow(**dict(r)) for r in rows]

    def count_by_status(self) -> dict[str, int]:
        rows = self._conn.execute(
            "SELECT status, COUNT(*) AS n FROM commissions GROUP BY status"
        ).fetchall()
        return {r["status"]: r["n"] for r in rows}


if __name__ == "__main__":
    import sys

    repo = CommissionRepository(sys.argv[1])
    for c in repo.search(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None):
        print(f"{c.ref:10} {c.parish:40} {c.town:20} II/{c.stops} {c.status}")
