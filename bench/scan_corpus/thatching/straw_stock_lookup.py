"""Look up straw and reed stock by variety and harvest year from the yard terminal.

Usage:
    python straw_stock_lookup.py "long straw" --year 2024
    python straw_stock_lookup.py "combed wheat reed" --bay C
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

DEFAULT_DB = Path.home() / ".thatchyard" / "stock.sqlite3"
BASE_QUERY = (
    "SELECT b.bay, s.variety, s.origin, s.harvest_year, s.bundles "
    "FROM stock s JOIN barn_bays b ON b.id = s.bay_id WHERE s.variety = ?"
)


class StockLookup:
    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path)

    def find(self, variety: str, year: int | None = None, bay: str | None = None):
        sql = BASE_QUERY
        params: list = [variety]
        if year is not None:
            sql += " AND s.harvest_year = ?"
            params.append(year)
        if bay:
            sql += " AND b.bay = ?"
            params.append(bay.upper())
        sql += " ORDER BY b.bay"
        return self.conn.execute(sql, params).fetchall()

    def total(self, variety: str) -> int:
        row = self.conn.execute(
            "SELECT COALESCE(SUM(bundles), 0) FROM stock WHERE variety = ?", (variety,)
        ).fetchone()
        return int(row[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Find straw and reed stock in the barn")
    parser.add_argument("variety")
    parser.add_argument("--year", type=int)
    parser.add_argument("--bay")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args(argv)

    lookup = StockLookup(args.db)
    rows = lookup.find(args.variety, args.year, args.bay)
    if not rows:
        print(f"no {args.variety} found", file=sys.stderr)
        return 1
    for bay, variety, origin, year, bundles in rows:
        print(f"bay {bay:<3} {variety:<20} {origin:<12} {year}  {bundles:>5} bundles")
    print(f"{lookup.total(args.variety)} bundles of {args.variety} in the barn overall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
