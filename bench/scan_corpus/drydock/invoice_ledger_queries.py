"""Reporting queries over the owner invoicing ledger, split by charge category."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Connection


class LedgerTables:
    BY_CATEGORY = {
        "docking": "charges_docking",
        "steelwork": "charges_steelwork",
        "coating": "charges_coating",
        "services": "charges_services",
    }

    @classmethod
    def table_for(cls, category: str) -> str:
        try:
            return cls.BY_CATEGORY[category]
        except KeyError:
            raise ValueError(f"unknown charge category: {category}") from None


@dataclass
class OwnerTotal:
    owner_code: str
    invoices: int
    net: Decimal


class LedgerReports:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _totals_sql(self, category: str) -> str:
        table = LedgerTables.table_for(category)
        return (
            f"SELECT owner_code, COUNT(DISTINCT invoice_no) AS invoices, SUM(net_amount) AS net "
            f"FROM {table} WHERE invoice_date BETWEEN :start AND :end "
            f"AND (:owner IS NULL OR owner_code = :owner) GROUP BY owner_code ORDER BY net DESC"
        )

    def totals(self, category: str, start: date, end: date, owner: str | None = None) -> list[OwnerTotal]:
        rows = self._conn.execute(
            text(self._totals_sql(category)), {"start": start, "end": end, "owner": owner}
        )
        return [OwnerTotal(r.owner_code, r.invoices, Decimal(r.net)) for r in rows]
