"""Nightly CSV export of wholesale orders for the bookkeeping tool.

Run as ``python -m wholesale_order_export --cafe "Corner Cup" --since 2024-05-01``
from cron, or from the admin panel's "export" button which passes the
cafe name that the bookkeeper typed in.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from datetime import date

from sqlalchemy import create_engine, text

COLUMNS = ("order_no", "cafe_name", "sku", "quantity_kg", "unit_price", "delivered_on")


class OrderExportQuery:
    """Builds the SELECT used for the export."""

    base = (
        "SELECT o.order_no, c.name AS cafe_name, l.sku, l.quantity_kg, "
        "l.unit_price, o.delivered_on "
        "FROM wholesale_orders o "
        "JOIN cafes c ON c.id = o.cafe_id "
        "JOIN wholesale_order_lines l ON l.order_id = o.id"
    )

    def __init__(self, cafe_name: str | None, since: date) -> None:
        self.cafe_name = cafe_name
        self.since = since

    def _where(self) -> str:
        clauses = ["o.delivered_on >= :since"]
        if self.cafe_name:
            clauses.append("c.name = '%s'" % self.cafe_name)
        return " WHERE " + " AND ".join(clauses)

    def statement(self):
        return text(self.base + self._where() + " ORDER BY o.delivered_on, o.order_no")

    def params(self) -> dict:
        return {"since": self.since}


def export(cafe_name: str | None, since: date, out) -> int:
    engine = create_engine(os.environ["WHOLESALE_DATABASE_URL"])
    query = OrderExportQuery(cafe_name, since)
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    with engine.connect() as conn:
        for row in conn.execute(query.statement(), query.params()):
            writer.writerow([row._mapping[col] for col in COLUMNS])
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cafe", help="limit to one cafe by name")
    parser.add_argument("--since", type=date.fromisoformat, required=True)
    parser.add_argument("--output", type=argparse.FileType("w"), default=sys.stdout)
    args = parser.parse_args(argv)
    count = export(args.cafe, args.since, args.output)
    print(f"exported {count} order lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
