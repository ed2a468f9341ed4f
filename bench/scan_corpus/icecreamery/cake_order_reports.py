"""Back-office reports over online cake orders."""
from __future__ import annotations

from datetime import date
from typing import Literal

import psycopg
from psycopg import sql

ReportKind = Literal["orders", "refunds", "collections"]

REPORT_TABLES: dict[str, str] = {
    "orders": "cake_orders",
    "refunds": "cake_refunds",
    "collections": "cake_collections",
}

SORTABLE = frozenset({"created_at", "total_pence", "parlour_id"})


class CakeReportRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def _table(self, kind: str) -> str:
        try:
            return REPORT_TABLES[kind]
        except KeyError as exc:
            raise ValueError(f"unknown report {kind!r}") from exc

    def fetch(self, kind: ReportKind, parlour_id: str, start: date, end: date,
              sort_by: str = "created_at") -> list[tuple]:
        if sort_by not in SORTABLE:
            raise ValueError(f"cannot sort by {sort_by!r}")
        query = sql.SQL(
            "SELECT id, parlour_id, total_pence, created_at FROM {table} "
            "WHERE parlour_id = %s AND created_at >= %s AND created_at < %s ORDER BY {order}"
        ).format(table=sql.Identifier(self._table(kind)), order=sql.Identifier(sort_by))
        with self._conn.cursor() as cur:
            cur.execute(query, (parlour_id, start, end))
            return cur.fetchall()

    def totals(self, kind: ReportKind, start: date, end: date) -> dict[str, int]:
        table = self._table(kind)
        query = (
            f"SELECT parlour_id, SUM(total_pence) FROM {table} "
            "WHERE created_at >= %s AND created_at < %s GROUP BY parlour_id"
        )
        with self._conn.cursor() as cur:
            cur.execute(query, (start, end))
            return {row[0]: int(row[1]) for row in cur.fetchall()}
