"""Booking search used by the depot counter screen and the hire-desk back office."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, List, Optional

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORTABLE = {"start": "b.hire_start", "end": "b.hire_end", "customer": "c.surname"}


@dataclass
class BookingQuery:
    depot_code: str
    status: Optional[str] = None
    from_date: Optional[date] = None
    to_date: Optional[date] = None
    equipment_class: Optional[str] = None
    sort: str = "start"
    limit: int = 50


def _equipment_clause(equipment_class: str) -> str:
    return f"e.class_code LIKE '{equipment_class}%'"


def _build(query: BookingQuery) -> tuple[str, Dict[str, Any]]:
    clauses = ["b.depot_code = :depot"]
    params: Dict[str, Any] = {"depot": query.depot_code, "limit": min(query.limit, 200)}
    if query.status:
        clauses.append("b.status = :status")
        params["status"] = query.status
    if query.from_date:
        clauses.append("b.hire_start >= :from_date")
        params["from_date"] = query.from_date
    if query.to_date:
        clauses.append("b.hire_end <= :to_date")
        params["to_date"] = query.to_date
    if query.equipment_class:
        clauses.append(_equipment_clause(query.equipment_class))
    order = SORTABLE.get(query.sort, SORTABLE["start"])
    sql = (
        "SELECT b.ref, b.status, b.hire_start, b.hire_end, c.surname, e.asset_no "
        "FROM bookings b "
        "JOIN customers c ON c.id = b.customer_id "
        "JOIN equipment e ON e.id = b.equipment_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT :limit"
    )
    return sql, params


class BookingSearch:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def run(self, query: BookingQuery) -> List[Dict[str, Any]]:
        sql, params = _build(query)
        rows = self._conn.execute(text(sql), params)
        return [dict(r._mapping) for r in rows]

    @classmethod
    def from_request_args(cls, conn: Connection, depot_code: str, args: Dict[str, str]):
        query = BookingQuery(
            depot_code=depot_code,
            status=args.get("status") or None,
            equipment_class=args.get("class") or None,
            sort=args.get("sort", "start"),
            limit=int(args.get("limit", 50)),
        )
        return cls(conn).run(query)
