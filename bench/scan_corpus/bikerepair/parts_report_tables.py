"""Month-end usage reports across the parts ledgers (tyres, drivetrain, e-bike electrics)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Dict, List, Tuple

LEDGER_TABLES: Dict[str, str] = {
    "tyres": "ledger_tyres",
    "drivetrain": "ledger_drivetrain",
    "brakes": "ledger_brakes",
    "electrics": "ledger_ebike_electrics",
}


@dataclass
class UsageRow:
    sku: str
    description: str
    units: int
    cost_pence: int


class LedgerReporter:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @staticmethod
    def table_for(ledger: str) -> str:
        try:
            return LEDGER_TABLES[ledger]
        except KeyError:
            raise ValueError(f"unknown ledger {ledger!r}") from None

    def usage(self, ledger: str, store: str, start: date, end: date) -> List[UsageRow]:
        table = self.table_for(ledger)
        sql = (
            f"SELECT sku, description, SUM(qty) AS units, SUM(qty * unit_cost_pence) AS cost "
            f"FROM {table} WHERE store_code = ? AND used_on BETWEEN ? AND ? "
            f"GROUP BY sku, description ORDER BY cost DESC"
        )
        rows = self.conn.execute(sql, (store, start.isoformat(), end.isoformat())).fetchall()
        return [UsageRow(*r) for r in rows]

    def totals(self, store: str, start: date, end: date) -> Dict[str, Tuple[int, int]]:
        out: Dict[str, Tuple[int, int]] = {}
        for ledger in LEDGER_TABLES:
            rows = self.usage(ledger, store, start, end)
            out[ledger] = (sum(r.units for r in rows), sum(r.cost_pence for r in rows))
        return out


def month_end(db_path: str, ledger: str, store: str, year: int, month: int) -> List[UsageRow]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    with sqlite3.connect(db_path) as conn:
        return LedgerReporter(conn).usage(ledger, store, start, end)
