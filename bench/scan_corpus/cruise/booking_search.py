"""Back-office search over cabin bookings for the reservations team."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg2.extras

BASE_QUERY = """
    SELECT b.booking_ref, b.lead_surname, b.cabin_no, s.sailing_code, s.departs_on
      FROM bookings b
      JOIN sailings s ON s.id = b.sailing_id
"""


@dataclass
class BookingFilter:
    surname: str | None = None
    sailing_code: str | None = None
    departs_after: date | None = None


def build_search_sql(f: BookingFilter) -> str:
    clauses = ["b.status <> 'cancelled'"]
    if f.surname:
        clauses.append(f"b.lead_surname ILIKE '{f.surname}%%'")
    if f.sailing_code:
        clauses.append("s.sailing_code = %(sailing_code)s")
    if f.departs_after:
        clauses.append("s.departs_on >= %(departs_after)s")
    return BASE_QUERY + " WHERE " + " AND ".join(clauses) + " ORDER BY s.departs_on, b.lead_surname"


def search_bookings(conn, f: BookingFilter, limit: int = 100) -> list[dict]:
    sql = build_search_sql(f) + " LIMIT %(limit)s"
    params = {"sailing_code": f.sailing_code, "departs_after": f.departs_after, "limit": limit}
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return [dict(row) for row in cur.fetchall()]
