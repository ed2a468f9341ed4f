"""Availability calendar: which organs are free for a requested event date and region."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import List

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

BOOKINGS_TABLE = "bookings"
ORGANS_TABLE = "organs"
BLOCKING_STATUSES = ("provisional", "confirmed", "in_transit")


@dataclass
class FreeOrgan:
    id: int
    name: str
    maker: str
    region: str
    day_rate: float


class CalendarRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _availability_sql(self):
        return text(
            f"SELECT o.id, o.name, o.maker, o.region, o.day_rate FROM {ORGANS_TABLE} o "
            "WHERE o.region = :region AND o.active "
            f"AND NOT EXISTS (SELECT 1 FROM {BOOKINGS_TABLE} b WHERE b.organ_id = o.id "
            "AND b.status IN :statuses "
            "AND b.event_date BETWEEN :start AND :end) "
            "ORDER BY o.day_rate"
        ).bindparams(bindparam("statuses", expanding=True))

    def free_organs(self, region: str, event_date: dt.date, buffer_days: int = 1) -> List[FreeOrgan]:
        params = {
            "region": region,
            "statuses": list(BLOCKING_STATUSES),
            "start": event_date - dt.timedelta(days=buffer_days),
            "end": event_date + dt.timedelta(days=buffer_days),
        }
        with self.engine.connect() as conn:
            rows = conn.execute(self._availability_sql(), params).mappings()
            return [FreeOrgan(**row) for row in rows]

    def hold(self, organ_id: int, customer_id: int, event_date: dt.date, venue: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                text(
                    f"INSERT INTO {BOOKINGS_TABLE} "
                    "(organ_id, customer_id, event_date, venue_text, status) "
                    "VALUES (:organ_id, :customer_id, :event_date, :venue, 'provisional') "
                    "RETURNING id"
                ),
                {
                    "organ_id": organ_id,
                    "customer_id": customer_id,
                    "event_date": event_date,
                    "venue": venue,
                },
            )
            return result.scalar_one()
