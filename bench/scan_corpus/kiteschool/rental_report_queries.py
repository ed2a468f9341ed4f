"""Monthly reporting queries over the rental ledger tables, split per equipment type."""
from __future__ import annotations

from datetime import date
from typing import Dict, List

from sqlalchemy import text
from sqlalchemy.engine import Engine


class LedgerTables:
    by_equipment: Dict[str, str] = {
        "kite": "rental_ledger_kites",
        "board": "rental_ledger_boards",
        "harness": "rental_ledger_harnesses",
        "wetsuit": "rental_ledger_wetsuits",
    }

    @classmethod
    def table_for(cls, equipment: str) -> str:
        try:
            return cls.by_equipment[equipment]
        except KeyError:
            raise ValueError(f"unknown equipment type {equipment!r}") from None


class RentalReport:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _revenue_sql(self, equipment: str) -> str:
        table = LedgerTables.table_for(equipment)
        return (
            f"SELECT item_code, COUNT(*) AS rentals, SUM(amount_cents) AS revenue "
            f"FROM {table} WHERE rented_on >= :start AND rented_on < :end "
            f"AND spot = :spot GROUP BY item_code ORDER BY revenue DESC"
        )

    def monthly_revenue(self, equipment: str, spot: str, start: date, end: date) -> List[dict]:
        stmt = text(self._revenue_sql(equipment))
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"start": start, "end": end, "spot": spot})
            return [dict(r._mapping) for r in rows]


def report_from_query(engine: Engine, params: dict) -> List[dict]:
    return RentalReport(engine).monthly_revenue(
        equipment=params["equipment"],
        spot=params["spot"],
        start=date.fromisoformat(params["start"]),
        end=date.fromisoformat(params["end"]),
    )
