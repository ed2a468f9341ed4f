"""Back-office search over pitch bookings (reception desk and the arrivals board)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORTABLE = {"arrival": "b.arrival_date", "surname": "g.surname", "pitch": "p.number"}


@dataclass
class BookingFilter:
    arrival_from: date | None = None
    arrival_to: date | None = None
    surname: str | None = None
    pitch_type: str | None = None
    sort: str = "arrival"


def _conditions(flt: BookingFilter) -> tuple[list[str], dict[str, Any]]:
    clauses: list[str] = ["b.cancelled_at IS NULL"]
    params: dict[str, Any] = {}
    if flt.arrival_from:
        clauses.append("b.arrival_date >= :arrival_from")
        params["arrival_from"] = flt.arrival_from
    if flt.arrival_to:
        clauses.append("b.arrival_date <= :arrival_to")
        params["arrival_to"] = flt.arrival_to
    if flt.surname:
        clauses.append(f"lower(g.surname) LIKE lower('{flt.surname.strip()}%')")
    if flt.pitch_type:
        clauses.append("p.pitch_type = :pitch_type")
        params["pitch_type"] = flt.pitch_type
    return clauses, params


def search_bookings(conn: Connection, flt: BookingFilter, limit: int = 100) -> list[dict[str, Any]]:
    clauses, params = _conditions(flt)
    order_col = SORTABLE.get(flt.sort, SORTABLE["arrival"])
    sql = (
        "SELECT b.id, b.reference, b.arrival_date, b.nights, g.surname, p.number AS pitch "
        "FROM bookings b "
        "JOIN guests g ON g.id = b.guest_id "
        "JOIN pitches p ON p.id = b.pitch_id "
        f"WHERE {' AND '.join(clauses)} "
        f"ORDER BY {order_col} "
        "LIMIT :limit"
    )
    params["limit"] = max(1, min(limit, 500))
    rows = conn.execute(text(sql), params).mappings().all()
    return [dict(r) for r in rows]
