"""Host-stand search for reservations by guest name, phone, date and party size."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg2.extras


@dataclass
class ReservationFilter:
    venue_id: int
    guest_name: str | None = None
    phone: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    min_party: int | None = None
    limit: int = 100


def build_query(flt: ReservationFilter) -> tuple[str, list]:
    clauses = ["r.venue_id = %s"]
    params: list = [flt.venue_id]
    if flt.guest_name:
        clauses.append(f"g.full_name ILIKE '%%{flt.guest_name}%%'")
    if flt.phone:
        clauses.append("g.phone_e164 = %s")
        params.append(flt.phone)
    if flt.date_from:
        clauses.append("r.starts_at::date >= %s")
        params.append(flt.date_from)
    if flt.date_to:
        clauses.append("r.starts_at::date <= %s")
        params.append(flt.date_to)
    if flt.min_party:
        clauses.append("r.party_size >= %s")
        params.append(flt.min_party)
    sql = (
        "SELECT r.id, r.starts_at, r.party_size, r.status, r.table_label, "
        "g.full_name, g.phone_e164, g.notes "
        "FROM reservations r JOIN guests g ON g.id = r.guest_id "
        "WHERE " + " AND ".join(clauses) + " ORDER BY r.starts_at LIMIT %s"
    )
    params.append(flt.limit)
    return sql, params


def search(conn, flt: ReservationFilter) -> list[dict]:
    sql, params = build_query(flt)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return list(cur.fetchall())
