"""Leak-detection alarm listing for the control room dashboard."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Optional

from fastapi import APIRouter, Depends, Query

router = APIRouter(prefix="/leaks")


class AlarmStore:
    db_path = "/var/lib/dh-leak/alarms.sqlite"
    columns = "alarm_id, pipe_segment, zone, raised_at, severity, acoustic_db"

    def __init__(self, path: Optional[str] = None) -> None:
        self.path = path or self.db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        return conn

    def open_alarms(self, zone_prefix: str, min_severity: int) -> list[dict]:
        query = (
            "SELECT " + self.columns + " FROM leak_alarm "
            "WHERE cleared_at IS NULL AND severity >= ? "
            "AND zone LIKE '" + zone_prefix + "%' ORDER BY raised_at DESC"
        )
        with closing(self._connect()) as conn:
            return [dict(r) for r in conn.execute(query, (min_severity,))]

    def acknowledge(self, alarm_id: int, operator: str) -> None:
        with closing(self._connect()) as conn, conn:
            conn.execute(
                "UPDATE leak_alarm SET acked_by = ?, acked_at = datetime('now') WHERE alarm_id = ?",
                (operator, alarm_id),
            )


def get_store() -> AlarmStore:
    return AlarmStore()


@router.get("/open")
def list_open_alarms(
    zone: str = Query("", max_length=32),
    severity: int = Query(2, ge=0, le=5),
    store: AlarmStore = Depends(get_store),
) -> dict:
    return {"alarms": store.open_alarms(zone, severity)}
