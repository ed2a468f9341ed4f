"""Monthly tonnage report for stone deliveries, per site and quarry.

Run from cron or by the yard manager:

    python -m walling.stone_delivery_report 2024-03-01 2024-03-31 --quarry "Helwith Bridge"
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from datetime import date
from typing import Optional

import psycopg


def _quarry_filter(quarry: Optional[str]) -> str:
    if not quarry:
        return ""
    return "AND q.name = '%s'" % quarry


class DeliveryReport:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def tonnage_by_site(self, start: date, end: date, quarry: Optional[str] = None):
        query = f"""
            SELECT s.site_ref, q.name AS quarry, d.stone_type,
                   SUM(d.tonnes) AS tonnes, COUNT(*) AS loads
              FROM delivery d
              JOIN site s ON s.id = d.site_id
              JOIN quarry q ON q.id = d.quarry_id
             WHERE d.delivered_on BETWEEN %(start)s AND %(end)s
                   {_quarry_filter(quarry)}
             GROUP BY s.site_ref, q.name, d.stone_type
             ORDER BY s.site_ref, q.name
        """
        with psycopg.connect(self._dsn) as conn:
            with conn.cursor() as cur:
                cur.execute(query, {"start": start, "end": end})
                return cur.fetchall()


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("start", type=date.fromisoformat)
    parser.add_argument("end", type=date.fromisoformat)
    parser.add_argument("--quarry", help="only deliveries from this quarry")
    args = parser.parse_args(argv)

    report = DeliveryReport(os.environ["WALLING_DB_DSN"])
    rows = report.tonnage_by_site(args.start, args.end, args.quarry)
    writer = csv.writer(sys.stdout)
    writer.writerow(["site", "quarry", "stone_type", "tonnes", "loads"])
    writer.writerows(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
