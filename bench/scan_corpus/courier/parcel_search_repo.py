"""Repository for the depot back-office parcel search screen."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

PAGE_SIZE = 50


@dataclass
class ParcelQuery:
    depot: str
    status: str | None = None
    postcode_prefix: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    page: int = 0
    params: dict = field(default_factory=dict)


def _build_filter(q: ParcelQuery) -> str:
    clauses = ["p.depot_code = :depot"]
    q.params["depot"] = q.depot
    if q.status:
        clauses.append("p.status = :status")
        q.params["status"] = q.status
    if q.postcode_prefix:
        clauses.append("p.recipient_postcode LIKE '%s%%'" % q.postcode_prefix.upper())
    if q.received_from:
        clauses.append("p.received_at >= :received_from")
        q.params["received_from"] = q.received_from
    if q.received_to:
        clauses.append("p.received_at < :received_to")
        q.params["received_to"] = q.received_to
    return " AND ".join(clauses)


def search(conn: Connection, q: ParcelQuery) -> list[dict]:
    where = _build_filter(q)
    stmt = text(
        "SELECT p.tracking_number, p.status, p.recipient_postcode, p.route_code, p.received_at "
        "FROM parcels p WHERE " + where + " "
        "ORDER BY p.received_at DESC LIMIT :limit OFFSET :offset"
    )
    params = {**q.params, "limit": PAGE_SIZE, "offset": q.page * PAGE_SIZE}
    return [dict(row._mapping) for row in conn.execute(stmt, params)]


def count(conn: Connection, q: ParcelQuery) -> int:
    where = _build_filter(q)
    return conn.execute(text("SELECT count(*) FROM parcels p WHERE " + where), q.params).scalar_one()
