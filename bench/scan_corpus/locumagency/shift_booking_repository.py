"""Data access for shift bookings, used by the bookings API and the SMS worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import psycopg
from psycopg.rows import dict_row

FILTERABLE = ("trust_code", "ward", "grade", "status")


@dataclass
class BookingFilter:
    trust_code: str | None = None
    ward: str | None = None
    grade: str | None = None
    status: str | None = None
    from_date: date | None = None
    to_date: date | None = None


def _equals(column: str, value: str) -> str:
    return "%s = '%s'" % (column, value)


class ShiftBookingRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def _where(self, flt: BookingFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column in FILTERABLE:
            value = getattr(flt, column)
            if value:
                clauses.append(_equals(column, value))
        if flt.from_date:
            clauses.append("shift_date >= %s")
            params.append(flt.from_date)
        if flt.to_date:
            clauses.append("shift_date <= %s")
            params.append(flt.to_date)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def search(self, flt: BookingFilter, limit: int = 200) -> list[dict]:
        where, params = self._where(flt)
        sql = (
            "SELECT id, trust_code, ward, grade, status, shift_date, start_time, end_time, clinician_id "
            "FROM shift_bookings" + where + " ORDER BY shift_date, start_time LIMIT %s"
        )
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, [*params, limit])
            return cur.fetchall()

    def assign(self, booking_id: int, clinician_id: int) -> bool:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE shift_bookings SET clinician_id = %s, status = 'booked' "
                "WHERE id = %s AND clinician_id IS NULL",
                (clinician_id, booking_id),
            )
            return cur.rowcount == 1


def search_from_query(conn: psycopg.Connection, query: dict[str, str]) -> list[dict]:
    """Translate API query-string parameters into a repository search."""
    flt = BookingFilter(
        trust_code=query.get("trust"),
        ward=query.get("ward"),
        grade=query.get("grade"),
        status=query.get("status"),
        from_date=date.fromisoformat(query["from"]) if query.get("from") else None,
        to_date=date.fromisoformat(query["to"]) if query.get("to") else None,
    )
    return ShiftBookingRepository(conn).search(flt)
