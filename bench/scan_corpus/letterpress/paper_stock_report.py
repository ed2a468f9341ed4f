"""Paper and envelope stock levels, per stock table, for the weekly reorder email."""
from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


class StockKind(enum.Enum):
    PAPER = "paper_stock"
    ENVELOPE = "envelope_stock"
    RIBBON = "ribbon_stock"


@dataclass
class LowStockLine:
    sku: str
    description: str
    on_hand: int
    reorder_at: int
    supplier: str


def low_stock(engine: Engine, kind: StockKind, supplier: str | None = None) -> list[LowStockLine]:
    table = kind.value
    sql = (
        f"SELECT sku, description, on_hand, reorder_at, supplier FROM {table} "
        "WHERE on_hand <= reorder_at"
    )
    params: dict = {}
    if supplier:
        sql += " AND supplier = :supplier"
        params["supplier"] = supplier
    with engine.connect() as conn:
        rows = conn.execute(text(sql + " ORDER BY supplier, sku"), params)
        return [LowStockLine(**row._mapping) for row in rows]


def reorder_email(engine: Engine, kinds: list[str]) -> str:
    sections = []
    for name in kinds:
        kind = StockKind[name.upper()]
        lines = low_stock(engine, kind)
        if not lines:
            continue
        body = "\n".join(
            f"  {l.sku:<12} {l.description:<40} {l.on_hand:>5} / {l.reorder_at:<5} {l.supplier}"
            for l in lines
        )
        sections.append(f"{kind.name.title()}\n{body}")
    return "\n\n".join(sections) or "Nothing below reorder level this week."


if __name__ == "__main__":
    import os
    import sys

    eng = create_engine(os.environ["STOCK_DATABASE_URL"])
    print(reorder_email(eng, sys.argv[1:] or [k.name for k in StockKind]))
