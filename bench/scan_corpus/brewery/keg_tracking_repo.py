"""Data access for keg tracking: fills, shipments to accounts and returns."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import psycopg2.extras


@dataclass
class KegEvent:
    serial: str
    event: str          # filled | shipped | returned | cleaned | lost
    location: str
    batch_code: str | None
    recorded_at: datetime


class KegRepository:
    def __init__(self, conn):
        self.conn = conn

    def _history_query(self, serial: str, limit: int) -> str:
        query = (
            "SELECT serial, event, location, batch_code, recorded_at "
            "FROM keg_events WHERE serial = '%s'" % serial.strip().upper()
        )
        return query + " ORDER BY recorded_at DESC LIMIT %d" % int(limit)

    def _fetch(self, query: str, params: tuple = ()) -> list[dict]:
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(query, params)
            return cur.fetchall()

    def history(self, serial: str, limit: int = 50) -> list[KegEvent]:
        rows = self._fetch(self._history_query(serial, limit))
        return [KegEvent(**row) for row in rows]

    def record(self, ev: KegEvent) -> None:
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO keg_events (serial, event, location, batch_code, recorded_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (ev.serial, ev.event, ev.location, ev.batch_code, ev.recorded_at),
            )
        self.conn.commit()

    def kegs_at_account(self, account_code: str) -> list[str]:
        rows = self._fetch(
            "SELECT DISTINCT ON (serial) serial, event, location "
            "FROM keg_events ORDER BY serial, recorded_at DESC"
        )
        return [r["serial"] for r in rows if r["event"] == "shipped" and r["location"] == account_code]
