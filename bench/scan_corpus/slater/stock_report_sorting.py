"""Sortable stock valuation report for the accounts team.

Values yard stock at last purchase price so month-end figures include the
slates, clay tiles, battens and lead sitting in the yard.
"""
import sqlite3
from typing import Dict, List

SORTABLE: Dict[str, str] = {
    "sku": "s.sku",
    "product": "s.product",
    "quarry": "s.quarry",
    "pallets": "s.pallets",
    "value": "stock_value",
}
DEFAULT_SORT = "product"

VALUATION_SQL = """
    SELECT s.sku, s.product, s.quarry, s.pallets, s.loose,
           (s.pallets * s.per_pallet + s.loose) * p.unit_cost AS stock_value
    FROM stock s
    JOIN last_prices p ON p.sku = s.sku
    WHERE s.category = ?
"""


def order_clause(sort_key: str, descending: bool) -> str:
    column = SORTABLE.get(sort_key, SORTABLE[DEFAULT_SORT])
    return f" ORDER BY {column} {'DESC' if descending else 'ASC'}"


def valuation(conn: sqlite3.Connection, category: str,
              sort_key: str = DEFAULT_SORT, descending: bool = False) -> List[dict]:
    conn.row_factory = sqlite3.Row
    sql = VALUATION_SQL + order_clause(sort_key, descending)
    return [dict(r) for r in conn.execute(sql, (category,))]


def totals(rows: List[dict]) -> Dict[str, float]:
    out: Dict[str, float] = {}
    for row in rows:
        out[row["quarry"]] = out.get(row["quarry"], 0.0) + float(row["stock_value"])
    return out


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--category", default="slate")
    ap.add_argument("--sort", default=DEFAULT_SORT, choices=sorted(SORTABLE))
    ap.add_argument("--desc", action="store_true")
    args = ap.parse_args()
    with sqlite3.connect(args.db) as db:
        rows = valuation(db, args.category, args.sort, args.desc)
    for r in rows:
        print(f"{r['sku']:<12} {r['product']:<40} {r['stock_value']:>10.2f}")
    for quarry, value in sorted(totals(rows).items()):
        print(f"{quarry:<30} {value:>12.2f}")
