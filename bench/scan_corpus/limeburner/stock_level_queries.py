"""Stock level lookups for the merchant counter terminal.

Counter staff scan or type several product codes (e.g. NHL2-25KG, PUTTY-20L,
HL-CL90S) to see what the works has in the warehouse and what is already
allocated to open orders before promising a delivery date.
"""

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

WAREHOUSE_DB = "/var/lib/limeworks/warehouse.sqlite3"
MAX_CODES = 200


@dataclass
class StockLine:
    product_code: str
    on_hand: int
    allocated: int

    @property
    def free(self) -> int:
        return self.on_hand - self.allocated


def _placeholders(values: Sequence) -> str:
    return ", ".join("?" for _ in values)


def normalise_codes(raw_codes: Iterable[str]) -> list[str]:
    codes = sorted({c.strip().upper() for c in raw_codes if c.strip()})
    if len(codes) > MAX_CODES:
        raise ValueError(f"at most {MAX_CODES} product codes per lookup")
    return codes


def stock_for_codes(raw_codes: Iterable[str], db_path: str = WAREHOUSE_DB) -> list[StockLine]:
    codes = normalise_codes(raw_codes)
    if not codes:
        return []
    sql = (
        "SELECT s.product_code, s.on_hand, COALESCE(SUM(a.quantity), 0) "
        "FROM stock s LEFT JOIN allocations a ON a.product_code = s.product_code "
        f"WHERE s.product_code IN ({_placeholders(codes)}) "
        "GROUP BY s.product_code, s.on_hand ORDER BY s.product_code"
    )
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(sql, codes).fetchall()
    return [StockLine(*row) for row in rows]
