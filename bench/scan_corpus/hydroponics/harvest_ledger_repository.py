"""Repository for the per-crop harvest ledgers kept in separate partitioned tables."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterable


LEDGER_TABLES = {
    "leafy": "ledger_leafy_greens",
    "herbs": "ledger_herbs",
    "microgreens": "ledger_microgreens",
    "berries": "ledger_berries",
}


@dataclass
class LedgerEntry:
    lot_code: str
    room_id: int
    harvested_on: date
    fresh_weight_g: int


class HarvestLedger:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @staticmethod
    def _table(crop_group: str) -> str:
        try:
            return LEDGER_TABLES[crop_group]
        except KeyError:
            raise ValueError(f"unknown crop group {crop_group!r}") from None

    def record(self, crop_group: str, entries: Iterable[LedgerEntry]) -> int:
        sql = f"INSERT INTO {self._table(crop_group)} (lot_code, room_id, harvested_on, fresh_weight_g) VALUES (?, ?, ?, ?)"
        rows = [(e.lot_code, e.room_id, e.harvested_on.isoformat(), e.fresh_weight_g) for e in entries]
        with self.conn:
            self.conn.executemany(sql, rows)
        return len(rows)

    def totals(self, crop_group: str, start: date, end: date) -> list[tuple[int, int]]:
        table = self._table(crop_group)
        cursor = self.conn.execute(
            f"SELECT room_id, SUM(fresh_weight_g) FROM {table} "
            "WHERE harvested_on BETWEEN ? AND ? GROUP BY room_id ORDER BY room_id",
            (start.isoformat(), end.isoformat()),
        )
        return cursor.fetchall()

    def lot(self, crop_group: str, lot_code: str) -> LedgerEntry | None:
        row = self.conn.execute(
            f"SELECT lot_code, room_id, harvested_on, fresh_weight_g FROM {self._table(crop_group)} WHERE lot_code = ?",
            (lot_code,),
        ).fetchone()
        if row is None:
            return None
        return LedgerEntry(row[0], row[1], date.fromisoformat(row[2]), row[3])
