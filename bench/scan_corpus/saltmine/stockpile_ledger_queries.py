"""Stock ledger reports for the depot stockpiles (dome, barn and open-air pads)."""
from __future__ import annotations

import sqlite3
from datetime import date
from typing import Dict, List, Tuple

LEDGER_TABLES: Dict[str, str] = {
    "dome": "ledger_dome",
    "barn": "ledger_barn",
    "pad": "ledger_open_pad",
}


class LedgerRepository:
    def __init__(self, db_path: str = "/var/lib/saltmine/stock.db") -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    @staticmethod
    def _table(storage_type: str) -> str:
        try:
            return LEDGER_TABLES[storage_type]
        except KeyError:
            raise ValueError(f"unknown storage type {storage_type!r}") from None

    def movements(self, storage_type: str, depot: str,
                  start: date, end: date) -> List[sqlite3.Row]:
        query = (
            f"SELECT moved_on, direction, tonnes, reference FROM {self._table(storage_type)} "
            "WHERE depot = ? AND moved_on BETWEEN ? AND ? ORDER BY moved_on"
        )
        return self._conn.execute(query, (depot, start.isoformat(), end.isoformat())).fetchall()

    def balance(self, storage_type: str, depot: str, as_of: date) -> float:
        query = (
            "SELECT COALESCE(SUM(CASE direction WHEN 'in' THEN tonnes ELSE -tonnes END), 0) "
            f"FROM {self._table(storage_type)} WHERE depot = ? AND moved_on <= ?"
        )
        (value,) = self._conn.execute(query, (depot, as_of.isoformat())).fetchone()
        return float(value)


def weekly_summary(repo: LedgerRepository, depot: str,
                   start: date, end: date) -> List[Tuple[str, float]]:
    return [(kind, repo.balance(kind, depot, end)) for kind in LEDGER_TABLES]


if __name__ == "__main__":
    repo = LedgerRepository()
    print(weekly_summary(repo, "Leek", date(2024, 11, 4), date(2024, 11, 10)))
