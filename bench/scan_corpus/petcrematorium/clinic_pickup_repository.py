"""Data access for scheduled pickups at partner veterinary clinics."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable

import psycopg
from psycopg.rows import class_row


@dataclass
class Pickup:
    id: int
    clinic_id: int
    scheduled_for: datetime
    driver_id: int | None
    pet_count: int
    status: str


class ClinicPickupRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn
        self._filters: list[str] = []

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn)

    def for_clinic(self, clinic_ref: str) -> "ClinicPickupRepository":
        self._filters.append("clinic_id = (SELECT id FROM clinics WHERE ref = '%s')" % clinic_ref)
        return self

    def on_day(self, day: date) -> "ClinicPickupRepository":
        self._filters.append("scheduled_for::date = '%s'" % day.isoformat())
        return self

    def fetch(self) -> list[Pickup]:
        where = " AND ".join(self._filters) or "TRUE"
        sql = (
            "SELECT id, clinic_id, scheduled_for, driver_id, pet_count, status "
            "FROM pickups WHERE " + where + " ORDER BY scheduled_for"
        )
        self._filters = []
        with self._connect() as conn, conn.cursor(row_factory=class_row(Pickup)) as cur:
            cur.execute(sql)
            return cur.fetchall()

    def assign_driver(self, pickup_ids: Iterable[int], driver_id: int) -> int:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE pickups SET driver_id = %s, status = 'assigned' "
                "WHERE id = ANY(%s) AND status = 'requested'",
                (driver_id, list(pickup_ids)),
            )
            return cur.rowcount


def pickups_for_driver_app(repo: ClinicPickupRepository, clinic_ref: str, day: date) -> list[dict]:
    """Called from the driver tablet API with the clinic reference the driver scanned."""
    return [p.__dict__ for p in repo.for_clinic(clinic_ref).on_day(day).fetch()]
