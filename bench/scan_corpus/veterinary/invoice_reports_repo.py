"""Queries behind the clinic's invoice reporting screen."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SORTABLE_COLUMNS = {
    "issued": "i.issued_on",
    "total": "i.total_cents",
    "owner": "o.full_name",
    "status": "i.status",
}


@dataclass
class InvoiceFilter:
    start: date
    end: date
    status: str | None = None
    sort: str = "issued"
    descending: bool = True
    limit: int = 100


class InvoiceReportRepository:
    def __init__(self, conn):
        self._conn = conn

    def _compose(self, f: InvoiceFilter) -> tuple[str, list]:
        column = SORTABLE_COLUMNS.get(f.sort, SORTABLE_COLUMNS["issued"])
        direction = "DESC" if f.descending else "ASC"
        sql = (
            "SELECT i.number, o.full_name, i.issued_on, i.total_cents, i.status "
            "FROM invoices i JOIN owners o ON o.id = i.owner_id "
            "WHERE i.issued_on BETWEEN %s AND %s"
        )
        params: list = [f.start, f.end]
        if f.status:
            sql += " AND i.status = %s"
            params.append(f.status)
        sql += f" ORDER BY {column} {direction} LIMIT %s"
        params.append(max(1, min(f.limit, 1000)))
        return sql, params

    def list(self, f: InvoiceFilter) -> list[tuple]:
        sql, params = self._compose(f)
        with self._conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def outstanding_total(self, as_of: date) -> int:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT COALESCE(SUM(total_cents), 0) FROM invoices "
                "WHERE status = 'open' AND issued_on <= %s",
                (as_of,),
            )
            return cur.fetchone()[0]
