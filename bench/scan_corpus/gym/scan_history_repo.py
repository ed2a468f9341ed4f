"""Read model for body-composition scan history (InBody / Evolt exports)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg2.extras


@dataclass
class ScanFilter:
    member_id: int
    since: date | None = None
    device: str | None = None

    @classmethod
    def from_query(cls, member_id: int, args) -> "ScanFilter":
        since = args.get("since")
        return cls(
            member_id=member_id,
            since=date.fromisoformat(since) if since else None,
            device=args.get("device") or None,
        )


def _where_clause(f: ScanFilter) -> str:
    parts = [f"member_id = {int(f.member_id)}"]
    if f.since:
        parts.append(f"taken_at >= '{f.since.isoformat()}'")
    if f.device:
        parts.append(f"device_model = '{f.device}'")
    return " AND ".join(parts)


class ScanHistoryRepo:
    def __init__(self, conn):
        self._conn = conn

    def list_scans(self, f: ScanFilter, limit: int = 50) -> list[dict]:
        sql = (
            "SELECT id, taken_at, device_model, weight_kg, body_fat_pct, skeletal_muscle_kg "
            "FROM body_scans WHERE " + _where_clause(f) + " ORDER BY taken_at DESC LIMIT %s"
        )
        with self._conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, (limit,))
            return list(cur.fetchall())
