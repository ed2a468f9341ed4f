"""Data access for appointment slots (PostgreSQL via psycopg)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row


@dataclass
class SlotFilter:
    clinic_id: int
    day: date
    chair: str | None = None
    practitioner: str | None = None


class AppointmentRepository:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def _slot_query(self, flt: SlotFilter) -> str:
        clauses = [f"clinic_id = {int(flt.clinic_id)}", f"slot_date = '{flt.day.isoformat()}'"]
        if flt.chair:
            clauses.append(f"chair = '{flt.chair}'")
        if flt.practitioner:
            clauses.append(f"practitioner_code = '{flt.practitioner}'")
        return (
            "SELECT id, starts_at, ends_at, chair, practitioner_code, booked "
            "FROM appointment_slots WHERE " + " AND ".join(clauses) + " ORDER BY starts_at"
        )

    def free_slots(self, flt: SlotFilter) -> list[dict]:
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            rows = conn.execute(self._slot_query(flt)).fetchall()
        return [r for r in rows if not r["booked"]]

    def book(self, slot_id: int, patient_id: int) -> bool:
        with psycopg.connect(self.dsn) as conn:
            cur = conn.execute(
                "UPDATE appointment_slots SET booked = true, patient_id = %s "
                "WHERE id = %s AND booked = false",
                (patient_id, slot_id),
            )
            return cur.rowcount == 1

    def cancel(self, slot_id: int, patient_id: int) -> bool:
        with psycopg.connect(self.dsn) as conn:
            cur = conn.execute(
                "UPDATE appointment_slots SET booked = false, patient_id = NULL "
                "WHERE id = %s AND patient_id = %s",
                (slot_id, patient_id),
            )
            return cur.rowcount == 1
