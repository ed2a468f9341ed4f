"""Stock reports for the production planner.

Stock lives in separate tables per material class (beans, couverture,
packaging, inclusions). The planner picks the class and a minimum quantity;
the table is chosen from a fixed mapping and values are bound parameters.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

STOCK_TABLES = {
    "beans": "stock_cocoa_beans",
    "couverture": "stock_couverture",
    "packaging": "stock_packaging",
    "inclusions": "stock_inclusions",
}

SORT_COLUMNS = {"quantity": "qty_on_hand", "expiry": "best_before", "sku": "sku"}


@dataclass
class StockLine:
    sku: str
    description: str
    qty_on_hand: Decimal
    unit: str
    best_before: str | None


def low_stock(engine: Engine, material: str, below: Decimal, sort: str = "quantity",
              warehouse: str | None = None) -> list[StockLine]:
    table = STOCK_TABLES[material]
    order_by = SORT_COLUMNS[sort]
    sql = (
        f"SELECT sku, description, qty_on_hand, unit, best_before FROM {table} "
        "WHERE qty_on_hand < :below AND (:warehouse IS NULL OR warehouse = :warehouse) "
        f"ORDER BY {order_by}"
    )
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"below": below, "warehouse": warehouse})
        return [StockLine(*row) for row in rows]


def report(dsn: str, material: str, below: str, sort: str = "quantity") -> list[dict]:
    if material not in STOCK_TABLES or sort not in SORT_COLUMNS:
        raise ValueError("unknown material class or sort column")
    engine = create_engine(dsn, pool_pre_ping=True)
    return [line.__dict__ for line in low_stock(engine, material, Decimal(below), sort)]
