"""Stockpile ledger queries for aggregate and block inventory.

The quarry keeps separate ledgers for crushed aggregate stockpiles and for
numbered dimension blocks in the block yard. The stock screen lets the
yard foreman pick which ledger to view and filter it by product.
"""

from datetime import date
from enum import Enum

from sqlalchemy import Column, Date, Integer, MetaData, Numeric, String, Table, func, select
from sqlalchemy.engine import Engine

metadata = MetaData()

aggregate_ledger = Table(
    "aggregate_ledger",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("product_code", String(20)),
    Column("movement_date", Date),
    Column("tonnes", Numeric(10, 2)),
)

block_ledger = Table(
    "block_ledger",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("product_code", String(20)),
    Column("movement_date", Date),
    Column("tonnes", Numeric(10, 2)),
)


class Ledger(str, Enum):
    AGGREGATE = "aggregate"
    BLOCK = "block"


LEDGER_TABLES = {Ledger.AGGREGATE: aggregate_ledger, Ledger.BLOCK: block_ledger}


def stock_position(engine: Engine, ledger: str, product_code: str | None = None,
                   as_of: date | None = None) -> list[dict]:
    table = LEDGER_TABLES[Ledger(ledger)]
    stmt = select(
        table.c.product_code, func.sum(table.c.tonnes).label("tonnes_on_hand")
    ).group_by(table.c.product_code)
    if product_code:
        stmt = stmt.where(table.c.product_code == product_code)
    if as_of:
        stmt = stmt.where(table.c.movement_date <= as_of)
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


def low_stock(engine: Engine, ledger: str, threshold_tonnes: float) -> list[str]:
    return [
        row["product_code"]
        for row in stock_position(engine, ledger)
        if float(row["tonnes_on_hand"] or 0) < threshold_tonnes
    ]
