"""Queries behind the order tracking portal's search page."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

STATUSES = ("received", "lacquer_cut", "plating", "test_pressing", "pressing", "packed", "shipped")


@dataclass
class OrderFilter:
    label_id: int
    catalogue_prefix: str = ""
    status: str = ""
    since: date | None = None


def _catalogue_clause(prefix: str) -> str:
    return f"catalogue_number LIKE '{prefix}%'"


class OrderTrackingRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn, row_factory=dict_row)

    def search(self, flt: OrderFilter, limit: int = 50) -> list[dict]:
        clauses = ["label_id = %(label_id)s"]
        params: dict = {"label_id": flt.label_id, "limit": min(int(limit), 200)}
        if flt.catalogue_prefix:
            clauses.append(_catalogue_clause(flt.catalogue_prefix))
        if flt.status:
            if flt.status not in STATUSES:
                raise ValueError(f"unknown status {flt.status!r}")
            clauses.append("status = %(status)s")
            params["status"] = flt.status
        if flt.since:
            clauses.append("created_at >= %(since)s")
            params["since"] = flt.since
        sql = (
            "SELECT order_id, catalogue_number, title, units, colour, status, created_at "
            "FROM pressing_orders WHERE " + " AND ".join(clauses) +
            " ORDER BY created_at DESC LIMIT %(limit)s"
        )
        with self._connect() as conn:
            return conn.execute(sql, params).fetchall()

    def timeline(self, label_id: int, order_id: int) -> list[dict]:
        with self._connect() as conn:
            return conn.execute(
                "SELECT e.status, e.note, e.created_at FROM order_events e "
                "JOIN pressing_orders o ON o.order_id = e.order_id "
                "WHERE o.label_id = %s AND o.order_id = %s ORDER BY e.created_at",
                (label_id, order_id),
            ).fetchall()
