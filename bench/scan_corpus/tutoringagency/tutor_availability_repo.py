"""Look up tutors with free slots for the booking wizard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

import psycopg
from psycopg.rows import dict_row


@dataclass
class AvailableSlot:
    tutor_id: int
    tutor_name: str
    subject: str
    level: str
    slot_start: str
    hourly_rate: float


class AvailabilityQuery:
    """Collects filters from the wizard and runs a single availability query."""

    def __init__(self, conn: psycopg.Connection, day: date) -> None:
        self._conn = conn
        self._day = day
        self._clauses: list[str] = ["s.slot_date = %(day)s", "s.booked = false"]
        self._params: dict = {"day": day}

    def subject(self, subject: str) -> "AvailabilityQuery":
        self._clauses.append("t.subject = '%s'" % subject)
        return self

    def level(self, level: str) -> "AvailabilityQuery":
        self._clauses.append("t.level = %(level)s")
        self._params["level"] = level
        return self

    def max_rate(self, rate: float) -> "AvailabilityQuery":
        self._clauses.append("t.hourly_rate <= %(max_rate)s")
        self._params["max_rate"] = float(rate)
        return self

    def run(self, limit: int = 50) -> list[AvailableSlot]:
        sql = (
            "SELECT t.id AS tutor_id, t.display_name AS tutor_name, t.subject, t.level, "
            "to_char(s.slot_start, 'HH24:MI') AS slot_start, t.hourly_rate "
            "FROM tutor_slots s JOIN tutors t ON t.id = s.tutor_id WHERE "
            + " AND ".join(self._clauses)
            + " ORDER BY s.slot_start, t.hourly_rate LIMIT %(limit)s"
        )
        params = dict(self._params, limit=limit)
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, params)
            return [AvailableSlot(**row) for row in cur.fetchall()]


def find_slots(dsn: str, day: date, subject: str, level: str | None = None,
               max_rate: float | None = None) -> Iterable[AvailableSlot]:
    with psycopg.connect(dsn) as conn:
        query = AvailabilityQuery(conn, day).subject(subject)
        if level:
            query.level(level)
        if max_rate is not None:
            query.max_rate(max_rate)
        return query.run()
