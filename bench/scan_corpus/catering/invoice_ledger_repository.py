"""Invoice ledger queries for the finance dashboard, split by trading region."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine

LEDGER_TABLES = {
    "north": "ledger_north",
    "south": "ledger_south",
    "london": "ledger_london",
}


@dataclass
class LedgerLine:
    invoice_number: str
    client: str
    issued_on: date
    net: Decimal
    vat: Decimal
    status: str


class InvoiceLedgerRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def _table(region: str) -> str:
        try:
            return LEDGER_TABLES[region]
        except KeyError:
            raise ValueError(f"unknown region {region!r}") from None

    def outstanding(self, region: str, client_name: str | None, before: date) -> list[LedgerLine]:
        table = self._table(region)
        stmt = text(
            f"SELECT invoice_number, client, issued_on, net, vat, status FROM {table} "
            "WHERE status IN ('sent', 'overdue') AND issued_on < :before "
            "AND (:client IS NULL OR client ILIKE :client_like) "
            "ORDER BY issued_on"
        )
        params = {
            "before": before,
            "client": client_name,
            "client_like": f"%{client_name}%" if client_name else None,
        }
        with self.engine.connect() as conn:
            return [LedgerLine(*row) for row in conn.execute(stmt, params)]

    def totals_by_client(self, region: str, year: int) -> dict[str, Decimal]:
        table = self._table(region)
        stmt = text(
            f"SELECT client, sum(net + vat) FROM {table} "
            "WHERE extract(year FROM issued_on) = :year GROUP BY client"
        )
        with self.engine.connect() as conn:
            return {client: total for client, total in conn.execute(stmt, {"year": year})}

    def mark_written_off(self, region: str, invoice_number: str, reason: str) -> bool:
        table = self._table(region)
        stmt = text(
            f"UPDATE {table} SET status = 'written_off', note = :reason "
            "WHERE invoice_number = :number AND status = 'overdue'"
        )
        with self.engine.begin() as conn:
            result = conn.execute(stmt, {"reason": reason, "number": invoice_number})
        return result.rowcount == 1
