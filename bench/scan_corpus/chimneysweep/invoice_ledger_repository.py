"""Read access to the invoice ledger for the accounts dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class LedgerFilter:
    status: Optional[str] = None
    customer_name: Optional[str] = None
    min_total: Optional[Decimal] = None


@dataclass
class LedgerRow:
    number: str
    customer: str
    total: Decimal
    status: str


class InvoiceLedgerRepository:
    BASE_QUERY = (
        "SELECT i.number, c.full_name AS customer, i.total, i.status "
        "FROM invoices i JOIN customers c ON c.id = i.customer_id"
    )

    def __init__(self, engine: Engine):
        self._engine = engine

    @staticmethod
    def _where_clause(flt: LedgerFilter) -> tuple[str, dict]:
        clauses, params = [], {}
        if flt.status:
            clauses.append("i.status = :status")
            params["status"] = flt.status
        if flt.customer_name:
            clauses.append("c.full_name ILIKE '%%%s%%'" % flt.customer_name)
        if flt.min_total is not None:
            clauses.append("i.total >= :min_total")
            params["min_total"] = flt.min_total
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, params

    def list(self, flt: LedgerFilter, limit: int = 100) -> Iterable[LedgerRow]:
        where, params = self._where_clause(flt)
        params["limit"] = limit
        sql = f"{self.BASE_QUERY}{where} ORDER BY i.issued_at DESC LIMIT :limit"
        with self._engine.connect() as conn:
            for row in conn.execute(text(sql), params):
                yield LedgerRow(row.number, row.customer, row.total, row.status)

    def outstanding_total(self) -> Decimal:
        with self._engine.connect() as conn:
            value = conn.execute(
                text("SELECT COALESCE(SUM(total - paid), 0) FROM invoices WHERE status = :s"),
                {"s": "unpaid"},
            ).scalar_one()
        return Decimal(value)


def ledger_from_request(repo: InvoiceLedgerRepository, args) -> list[dict]:
    flt = LedgerFilter(
        status=args.get("status"),
        customer_name=args.get("customer"),
        min_total=Decimal(args["min_total"]) if args.get("min_total") else None,
    )
    return [row.__dict__ for row in repo.list(flt)]
