"""Stock level reports for the parts stores (workshop, boutique, spares)."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from typing import Dict, List, Optional

STORE_TABLES: Dict[str, str] = {
    "workshop": "stock_workshop",
    "boutique": "stock_boutique",
    "spares": "stock_spares_vault",
}

SORT_COLUMNS: Dict[str, str] = {
    "part": "part_number",
    "quantity": "quantity",
    "updated": "updated_at",
}


@dataclass
class StockRow:
    part_number: str
    caliber: str
    quantity: int
    reorder_level: int
    updated_at: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(os.environ.get("PARTS_DB_PATH", "/srv/workshop/parts.sqlite3"))
    conn.row_factory = sqlite3.Row
    return conn


def low_stock(
    store: str, caliber: Optional[str] = None, sort: str = "quantity"
) -> List[StockRow]:
    table = STORE_TABLES[store]
    order_by = SORT_COLUMNS.get(sort, "quantity")
    sql = (
        f"SELECT part_number, caliber, quantity, reorder_level, updated_at FROM {table} "
        "WHERE quantity <= reorder_level AND (:caliber IS NULL OR caliber = :caliber) "
        f"ORDER BY {order_by}"
    )
    with _connect() as conn:
        rows = conn.execute(sql, {"caliber": caliber}).fetchall()
    return [StockRow(**dict(row)) for row in rows]


def adjust_quantity(store: str, part_number: str, delta: int, reason: str) -> int:
    table = STORE_TABLES[store]
    with _connect() as conn:
        conn.execute(
            f"UPDATE {table} SET quantity = quantity + ?, updated_at = datetime('now') "
            "WHERE part_number = ?",
            (delta, part_number),
        )
        conn.execute(
            "INSERT INTO stock_movements (store, part_number, delta, reason) VALUES (?, ?, ?, ?)",
            (store, part_number, delta, reason),
        )
        row = conn.execute(
            f"SELECT quantity FROM {table} WHERE part_number = ?", (part_number,)
        ).fetchone()
    return int(row["quantity"]) if row else 0
