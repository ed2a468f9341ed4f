"""Timber stock report for the workshop.

Trugs use sweet chestnut for the frame and cricket-bat willow for the
boards. This CLI prints what is seasoned and ready, by species and
board thickness, from the stock database.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import Iterable

COLUMNS = ("batch", "species", "thickness_mm", "boards", "seasoned_since", "location")


def _where_clause(species: str | None, min_thickness: float | None) -> str:
    parts = ["seasoned_since IS NOT NULL"]
    if species:
        parts.append(f"species = '{species}'")
    if min_thickness is not None:
        parts.append(f"thickness_mm >= {float(min_thickness)}")
    return " AND ".join(parts)


def fetch_stock(conn: sqlite3.Connection, species: str | None, min_thickness: float | None) -> list[tuple]:
    query = (
        f"SELECT {', '.join(COLUMNS)} FROM timber_batches "
        f"WHERE {_where_clause(species, min_thickness)} ORDER BY species, thickness_mm"
    )
    return conn.execute(query).fetchall()


def render(rows: Iterable[tuple], out=sys.stdout) -> None:
    widths = [len(c) for c in COLUMNS]
    rows = list(rows)
    for row in rows:
        widths = [max(w, len(str(v))) for w, v in zip(widths, row)]
    line = "  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths))
    print(line, file=out)
    print("-" * len(line), file=out)
    for row in rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths)), file=out)
    total = sum(r[3] for r in rows)
    print(f"\n{len(rows)} batches, {total} boards", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Seasoned timber on hand")
    parser.add_argument("--db", default="workshop.sqlite3")
    parser.add_argument("--species", help="e.g. 'sweet chestnut' or 'willow'")
    parser.add_argument("--min-thickness", type=float)
    args = parser.parse_args(argv)
    with sqlite3.connect(args.db) as conn:
        render(fetch_stock(conn, args.species, args.min_thickness))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
