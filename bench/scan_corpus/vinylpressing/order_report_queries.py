"""Sortable order report for the plant's production planning screen."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "created": "o.created_at",
    "catalogue": "o.catalogue_number",
    "units": "o.units",
    "status": "o.status",
    "due": "o.due_date",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class ReportQuery:
    label_id: int | None = None
    status: str | None = None
    due_before: date | None = None
    sort: str = "due"
    direction: str = "asc"
    limit: int = 100


class OrderReport:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @staticmethod
    def _order_by(query: ReportQuery) -> str:
        column = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["due"])
        direction = DIRECTIONS.get(query.direction.lower(), "ASC")
        return f"ORDER BY {column} {direction}, o.order_id"

    def rows(self, query: ReportQuery) -> list[dict]:
        where = ["TRUE"]
        params: dict = {"limit": max(1, min(int(query.limit), 500))}
        if query.label_id is not None:
            where.append("o.label_id = %(label_id)s")
            params["label_id"] = query.label_id
        if query.status:
            where.append("o.status = %(status)s")
            params["status"] = query.status
        if query.due_before:
            where.append("o.due_date < %(due_before)s")
            params["due_before"] = query.due_before
        sql = (
            "SELECT o.order_id, o.catalogue_number, l.name AS label, o.units, o.colour, "
            "o.status, o.due_date, o.created_at "
            "FROM pressing_orders o JOIN labels l ON l.label_id = o.label_id "
            f"WHERE {' AND '.join(where)} {self._order_by(query)} LIMIT %(limit)s"
        )
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(sql, params).fetchall()

    def totals_by_status(self) -> dict[str, int]:
        with psycopg.connect(self._dsn) as conn:
            rows = conn.execute(
                "SELECT status, SUM(units) FROM pressing_orders GROUP BY status"
            ).fetchall()
        return {status: int(total or 0) for status, total in rows}
