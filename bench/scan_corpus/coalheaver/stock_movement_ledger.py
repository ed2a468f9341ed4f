"""Stock movements at a depot: deliveries in, rounds out, and yard sales.

Movements are written to one of three ledger tables depending on their kind;
each table has the same shape so the depot balance can be derived by union.
"""
import enum
import sqlite3
from datetime import datetime

from coalheaver.config import settings


class MovementKind(enum.Enum):
    RECEIPT = "receipt"
    ROUND_LOAD = "round_load"
    YARD_SALE = "yard_sale"


LEDGER_TABLES = {
    MovementKind.RECEIPT: "stock_receipts",
    MovementKind.ROUND_LOAD: "stock_round_loads",
    MovementKind.YARD_SALE: "stock_yard_sales",
}


class StockLedger:
    def __init__(self, path: str = settings.DEPOT_LEDGER_PATH):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def record(self, kind: MovementKind, product_code: str, bags: int, reference: str) -> int:
        table = LEDGER_TABLES[kind]
        cur = self.conn.execute(
            f"INSERT INTO {table} (product_code, bags, reference, recorded_at) VALUES (?, ?, ?, ?)",
            (product_code, bags, reference, datetime.utcnow().isoformat()),
        )
        self.conn.commit()
        return cur.lastrowid

    def balance(self, product_code: str) -> int:
        received = self._total(MovementKind.RECEIPT, product_code)
        issued = self._total(MovementKind.ROUND_LOAD, product_code) + self._total(MovementKind.YARD_SALE, product_code)
        return received - issued

    def _total(self, kind: MovementKind, product_code: str) -> int:
        row = self.conn.execute(
            f"SELECT COALESCE(SUM(bags), 0) AS total FROM {LEDGER_TABLES[kind]} WHERE product_code = ?",
            (product_code,),
        ).fetchone()
        return int(row["total"])

    def close(self) -> None:
        self.conn.close()
