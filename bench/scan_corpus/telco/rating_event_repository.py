"""Query helpers for rated events shown in the customer care console."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import psycopg
from psycopg.rows import class_row

SORTABLE_COLUMNS = {
    "time": "event_time",
    "charge": "charge_amount",
    "service": "service_type",
}


@dataclass
class RatedEvent:
    event_id: str
    event_time: datetime
    service_type: str
    units: int
    charge_amount: Decimal


class RatingEventRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def _listing_sql(self, sort: str, descending: bool) -> str:
        column = SORTABLE_COLUMNS.get(sort, "event_time")
        direction = "DESC" if descending else "ASC"
        return (
            "SELECT event_id, event_time, service_type, units, charge_amount "
            "FROM rated_events WHERE msisdn = %s AND event_time >= %s "
            f"ORDER BY {column} {direction} LIMIT %s"
        )

    def recent(
        self, msisdn: str, since: datetime, sort: str = "time", descending: bool = True, limit: int = 100
    ) -> list[RatedEvent]:
        sql = self._listing_sql(sort, descending)
        with self._conn.cursor(row_factory=class_row(RatedEvent)) as cur:
            cur.execute(sql, (msisdn, since, min(limit, 500)))
            return cur.fetchall()
