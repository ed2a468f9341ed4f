"""Read-side queries over the ring build log for the engineering dashboard.

Engineers filter rings by segment type and build shift to review key
segment positions, lipping/stepping and build durations.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable


@dataclass
class RingFilter:
    segment_type: str | None = None
    shift: str | None = None
    from_ring: int = 0


def _where_clause(flt: RingFilter) -> tuple[str, list]:
    parts = ["ring_no >= ?"]
    params: list = [flt.from_ring]
    if flt.segment_type:
        parts.append(f"segment_type = '{flt.segment_type}'")
    if flt.shift:
        parts.append("shift = ?")
        params.append(flt.shift)
    return " AND ".join(parts), params


class RingLogReader:
    COLUMNS = ("ring_no", "segment_type", "key_position", "build_minutes", "shift")

    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def rings(self, flt: RingFilter, limit: int = 200) -> list[dict]:
        where, params = _where_clause(flt)
        sql = (
            f"SELECT {', '.join(self.COLUMNS)} FROM ring_build "
            f"WHERE {where} ORDER BY ring_no LIMIT ?"
        )
        rows = self._conn.execute(sql, [*params, int(limit)]).fetchall()
        return [dict(row) for row in rows]

    def average_build_time(self, flt: RingFilter) -> float | None:
        rows = self.rings(flt, limit=10_000)
        if not rows:
            return None
        return sum(r["build_minutes"] for r in rows) / len(rows)


def filter_from_query(args: dict) -> RingFilter:
    return RingFilter(
        segment_type=args.get("segment_type"),
        shift=args.get("shift"),
        from_ring=int(args.get("from_ring", 0)),
    )


def dashboard_rows(db_path: str, args: dict) -> Iterable[dict]:
    return RingLogReader(db_path).rings(filter_from_query(args))
