"""Sortable, filterable invoice report for the accounts team."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORT_COLUMNS = {
    "issued": "i.issued_at",
    "due": "i.due_on",
    "total": "i.total",
    "customer": "c.full_name",
    "number": "i.number",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class ReportRequest:
    status: Optional[str] = None
    customer: Optional[str] = None
    sort: str = "issued"
    direction: str = "desc"
    limit: int = 100


class InvoiceReport:
    def __init__(self, engine: Engine):
        self._engine = engine

    @staticmethod
    def _order_by(req: ReportRequest) -> str:
        column = SORT_COLUMNS.get(req.sort, SORT_COLUMNS["issued"])
        direction = DIRECTIONS.get(req.direction.lower(), "DESC")
        return f"ORDER BY {column} {direction}, i.id"

    def rows(self, req: ReportRequest) -> list[dict]:
        clauses, params = [], {"limit": max(1, min(req.limit, 500))}
        if req.status:
            clauses.append("i.status = :status")
            params["status"] = req.status
        if req.customer:
            clauses.append("c.full_name ILIKE :customer")
            params["customer"] = f"%{req.customer}%"
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = (
            "SELECT i.number, c.full_name AS customer, i.issued_at, i.due_on, i.total, i.status "
            "FROM invoices i JOIN customers c ON c.id = i.customer_id "
            f"{where} {self._order_by(req)} LIMIT :limit"
        )
        with self._engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]


def report_from_args(report: InvoiceReport, args) -> list[dict]:
    return report.rows(
        ReportRequest(
            status=args.get("status"),
            customer=args.get("customer"),
            sort=args.get("sort", "issued"),
            direction=args.get("dir", "desc"),
            limit=int(args.get("limit", 100)),
        )
    )
