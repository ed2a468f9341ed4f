"""Search workshop materials from the builders' bench terminal (CLI).

Example::

    python -m coraclemaker.stock_search "black maul" --below 20
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

DEFAULT_DB = Path("/var/lib/coraclemaker/workshop.sqlite3")


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_stock(conn: sqlite3.Connection, term: str, below: int | None = None) -> list[sqlite3.Row]:
    pattern = f"%{_escape_like(term)}%"
    sql = (
        "SELECT sku, material, description, quantity, unit FROM stock_items "
        "WHERE (material LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')"
    )
    params: list[object] = [pattern, pattern]
    if below is not None:
        sql += " AND quantity < ?"
        params.append(below)
    sql += " ORDER BY material, sku"
    return conn.execute(sql, params).fetchall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Search willow, hide and timber stock")
    parser.add_argument("term", help="text to look for in material or description")
    parser.add_argument("--below", type=int, help="only show items under this quantity")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args(argv)

    conn = sqlite3.connect(args.db)
    conn.row_factory = sqlite3.Row
    try:
        rows = search_stock(conn, args.term, args.below)
    finally:
        conn.close()
    if not rows:
        print("no matching stock", file=sys.stderr)
        return 1
    for row in rows:
        print(f"{row['sku']:<16} {row['material']:<14} {row['quantity']:>6} {row['unit']:<6} "
              f"{row['description']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
