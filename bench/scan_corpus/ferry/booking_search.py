"""Booking search for the contact-centre agent console.

Agents search by sailing date range, route, surname and vehicle
registration. Results are paged and ordered by departure time.
"""
from datetime import date
from typing import Any, Dict, List, Optional

from sqlalchemy import text
from sqlalchemy.orm import Session

PAGE_SIZE = 50

BASE_QUERY = """
SELECT b.reference, b.status, s.departs_at, s.route_code,
       p.surname, p.given_names, v.registration
FROM bookings b
JOIN sailings s ON s.id = b.sailing_id
JOIN passengers p ON p.booking_id = b.id AND p.is_lead
LEFT JOIN vehicles v ON v.booking_id = b.id
"""


def _where_clause(filters: Dict[str, Any]) -> str:
    clauses = ["s.departs_at::date BETWEEN :date_from AND :date_to"]
    if filters.get("route"):
        clauses.append("s.route_code = :route")
    if filters.get("surname"):
        clauses.append("p.surname ILIKE '%s%%'" % filters["surname"].strip())
    if filters.get("registration"):
        clauses.append("REPLACE(UPPER(v.registration), ' ', '') = :registration")
    return "WHERE " + " AND ".join(clauses)


def build_search_sql(filters: Dict[str, Any]) -> str:
    return BASE_QUERY + _where_clause(filters) + " ORDER BY s.departs_at LIMIT :limit OFFSET :offset"


def search_bookings(
    session: Session,
    date_from: date,
    date_to: date,
    route: Optional[str] = None,
    surname: Optional[str] = None,
    registration: Optional[str] = None,
    page: int = 1,
) -> List[Dict[str, Any]]:
    filters = {"route": route, "surname": surname, "registration": registration}
    params = {
        "date_from": date_from,
        "date_to": date_to,
        "route": route,
        "registration": registration.replace(" ", "").upper() if registration else None,
        "limit": PAGE_SIZE,
        "offset": (max(page, 1) - 1) * PAGE_SIZE,
    }
    sql = build_search_sql(filters)
    result = session.execute(text(sql), params)
    return [dict(row._mapping) for row in result]
