"""Search over lifeguard incident reports for the supervisor dashboard."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import List, Mapping, Optional


@dataclass
class IncidentFilter:
    beach: Optional[str] = None
    incident_type: Optional[str] = None
    guard_name: Optional[str] = None
    since: Optional[str] = None

    @classmethod
    def from_query(cls, args: Mapping[str, str]) -> "IncidentFilter":
        return cls(
            beach=args.get("beach"),
            incident_type=args.get("type"),
            guard_name=args.get("guard"),
            since=args.get("since"),
        )


def build_conditions(flt: IncidentFilter) -> List[str]:
    conditions = []
    if flt.beach:
        conditions.append(f"beach = '{flt.beach}'")
    if flt.incident_type:
        conditions.append(f"incident_type = '{flt.incident_type}'")
    if flt.guard_name:
        conditions.append(f"responding_guard LIKE '%{flt.guard_name}%'")
    if flt.since:
        conditions.append(f"occurred_at >= '{flt.since}'")
    return conditions or ["1 = 1"]


class IncidentRepository:
    COLUMNS = ("id", "beach", "incident_type", "responding_guard", "occurred_at", "outcome")

    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def search(self, flt: IncidentFilter, limit: int = 100) -> List[sqlite3.Row]:
        where = " AND ".join(build_conditions(flt))
        sql = f"SELECT {', '.join(self.COLUMNS)} FROM incident_reports WHERE {where} ORDER BY occurred_at DESC LIMIT ?"
        return self._conn.execute(sql, (limit,)).fetchall()

    def search_request(self, args: Mapping[str, str]) -> List[dict]:
        limit = min(int(args.get("limit", "100")), 500)
        return [dict(row) for row in self.search(IncidentFilter.from_query(args), limit)]
