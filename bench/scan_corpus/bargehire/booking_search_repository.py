"""Search over hire bookings for the hire desk back office.

Desk staff filter bookings by boat, status and date range and sort by any of
a handful of columns. Filter values are bound as parameters; the sort column
and direction are chosen from fixed tables.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg
from psycopg.rows import dict_row

_SORT_COLUMNS = {
    "start": "b.start_date",
    "end": "b.end_date",
    "boat": "bt.name",
    "customer": "c.full_name",
    "created": "b.created_at",
}
_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class BookingFilter:
    boat_name: Optional[str] = None
    status: Optional[str] = None
    start_from: Optional[date] = None
    start_to: Optional[date] = None
    sort: str = "start"
    direction: str = "asc"
    limit: int = 50


class BookingSearchRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def search(self, flt: BookingFilter) -> list[dict]:
        clauses = ["TRUE"]
        params: list = []
        if flt.boat_name:
            clauses.append("bt.name ILIKE %s")
            params.append(f"%{flt.boat_name}%")
        if flt.status:
            clauses.append("b.status = %s")
            params.append(flt.status)
        if flt.start_from:
            clauses.append("b.start_date >= %s")
            params.append(flt.start_from)
        if flt.start_to:
            clauses.append("b.start_date <= %s")
            params.append(flt.start_to)
        order_col = _SORT_COLUMNS.get(flt.sort, "b.start_date")
        order_dir = _DIRECTIONS.get(flt.direction.lower(), "ASC")
        sql = (
            "SELECT b.reference, bt.name AS boat, c.full_name AS customer, "
            "b.start_date, b.end_date, b.status "
            "FROM bookings b JOIN boats bt ON bt.id = b.boat_id "
            "JOIN customers c ON c.id = b.customer_id "
            f"WHERE {' AND '.join(clauses)} ORDER BY {order_col} {order_dir} LIMIT %s"
        )
        params.append(max(1, min(flt.limit, 500)))
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(sql, params).fetchall()
