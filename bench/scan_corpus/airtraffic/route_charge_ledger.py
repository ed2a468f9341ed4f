"""Ledger queries for route charge balances per airline."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, Optional

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection


@dataclass
class LedgerQueries:
    """Named statements for the billing ledger, all driven by bound parameters."""

    balance: str = (
        "SELECT COALESCE(SUM(amount), 0) FROM ledger_entries "
        "WHERE airline_icao = :icao AND currency = :currency AND posted_on <= :as_of"
    )
    overdue: str = (
        "SELECT invoice_no, amount, due_on FROM route_invoices "
        "WHERE airline_icao = :icao AND due_on < :as_of AND paid = false "
        "AND invoice_no NOT IN :excluded"
    )


class LedgerRepository:
    def __init__(self, conn: Connection, queries: LedgerQueries = LedgerQueries()) -> None:
        self.conn = conn
        self.q = queries

    def balance(self, icao: str, as_of: str, currency: str = "EUR") -> Decimal:
        stmt = text(self.q.balance)
        params = {"icao": icao.upper(), "currency": currency, "as_of": as_of}
        return Decimal(self.conn.execute(stmt, params).scalar_one())

    def overdue(self, icao: str, as_of: str, excluded: Optional[list[str]] = None) -> Dict[str, Decimal]:
        stmt = text(self.q.overdue).bindparams(bindparam("excluded", expanding=True))
        rows = self.conn.execute(
            stmt,
            {"icao": icao.upper(), "as_of": as_of, "excluded": excluded or [""]},
        )
        return {row.invoice_no: Decimal(row.amount) for row in rows}


def statement_summary(conn: Connection, icao: str, as_of: str) -> dict:
    repo = LedgerRepository(conn)
    overdue = repo.overdue(icao, as_of)
    return {
        "airline": icao.upper(),
        "balance": str(repo.balance(icao, as_of)),
        "overdue_count": len(overdue),
        "overdue_total": str(sum(overdue.values(), Decimal(0))),
    }
