"""Insurance valuation report of stock held, grouped and sorted for the broker."""
from __future__ import annotations

import argparse
import os
from decimal import Decimal

import psycopg

SORT_COLUMNS = {
    "ref": "s.ref",
    "year": "s.year",
    "value": "s.insured_value",
    "cartographer": "s.cartographer",
    "location": "s.location",
}
LOCATIONS = ("gallery", "strongroom", "framing", "on_loan", "fair")


def build_query(sort_key: str, descending: bool = False) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["ref"])
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT s.ref, s.title, s.cartographer, s.year, s.location, s.insured_value "
        "FROM stock s WHERE s.sold_at IS NULL AND s.location = ANY(%s) "
        f"ORDER BY {column} {direction}, s.ref"
    )


def run_report(locations: list[str], sort_key: str, descending: bool) -> list[tuple]:
    with psycopg.connect(os.environ["MAPSELLER_PG_DSN"]) as conn:
        with conn.cursor() as cur:
            cur.execute(build_query(sort_key, descending), (locations,))
            return cur.fetchall()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sort", default="value", help="one of: " + ", ".join(SORT_COLUMNS))
    ap.add_argument("--desc", action="store_true")
    ap.add_argument("--location", action="append", choices=LOCATIONS)
    args = ap.parse_args(argv)

    rows = run_report(args.location or list(LOCATIONS), args.sort, args.desc)
    total = sum((Decimal(r[5] or 0) for r in rows), Decimal(0))
    for ref, title, carto, year, loc, value in rows:
        print(f"{ref:<10} {year or '':>5} {loc:<10} {value or 0:>12,.2f}  {carto} - {title}")
    print(f"\n{len(rows)} items, total insured value GBP {total:,.2f}")


if __name__ == "__main__":
    main()
