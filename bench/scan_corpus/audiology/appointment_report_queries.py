"""Reporting queries over appointment tables that are partitioned per clinic region."""
from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

REGION_TABLES = {
    "north": "appointments_north",
    "south": "appointments_south",
    "east": "appointments_east",
    "west": "appointments_west",
}

STATUS_VALUES = frozenset({"booked", "attended", "no_show", "cancelled"})


def table_for(region: str) -> str:
    try:
        return REGION_TABLES[region]
    except KeyError:
        raise ValueError(f"unknown region {region!r}") from None


class AppointmentReports:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def counts_by_status(self, region: str, start: date, end: date) -> dict[str, int]:
        table = table_for(region)
        sql = text(
            f"SELECT status, COUNT(*) FROM {table} "
            "WHERE appointment_date BETWEEN :start AND :end GROUP BY status"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(sql, {"start": start, "end": end}).all()
        return {status: count for status, count in rows}

    def by_clinician(self, region: str, clinician_id: int, status: str) -> list[tuple]:
        if status not in STATUS_VALUES:
            raise ValueError(f"unknown status {status!r}")
        table = table_for(region)
        sql = text(
            f"SELECT appointment_id, patient_id, appointment_date FROM {table} "
            "WHERE clinician_id = :cid AND status = :status ORDER BY appointment_date"
        )
        with self.engine.connect() as conn:
            return conn.execute(sql, {"cid": clinician_id, "status": status}).all()
