"""Yield report for pressing days: litres of juice per kilo of apples."""
from __future__ import annotations

import csv
import io
from datetime import date

import psycopg
from psycopg.rows import dict_row


class YieldReport:
    BASE_QUERY = """
        SELECT p.batch_id,
               p.pressed_on,
               v.name AS variety,
               SUM(p.apples_kg) AS apples_kg,
               SUM(p.juice_litres) AS juice_litres,
               SUM(p.juice_litres) / NULLIF(SUM(p.apples_kg), 0) AS litres_per_kg
          FROM pressing_log p
          JOIN varieties v ON v.id = p.variety_id
         WHERE p.pressed_on BETWEEN %(start)s AND %(end)s
    """

    def __init__(self, dsn: str):
        self._dsn = dsn

    def _build_query(self, group_by: str, variety_filter: str | None) -> str:
        query = self.BASE_QUERY
        if variety_filter:
            query += " AND v.name = '{}'".format(variety_filter)
        query += f" GROUP BY p.batch_id, p.pressed_on, v.name ORDER BY {group_by}"
        return query

    def rows(self, start: date, end: date, variety: str | None = None) -> list[dict]:
        sql = self._build_query("p.pressed_on", variety)
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(sql, {"start": start, "end": end}).fetchall()

    def to_csv(self, start: date, end: date, variety: str | None = None) -> str:
        buf = io.StringIO()
        writer = csv.DictWriter(
            buf,
            fieldnames=["batch_id", "pressed_on", "variety", "apples_kg", "juice_litres", "litres_per_kg"],
        )
        writer.writeheader()
        for row in self.rows(start, end, variety):
            writer.writerow(row)
        return buf.getvalue()


def main() -> None:
    import argparse
    import os

    parser = argparse.ArgumentParser(description="Pressing yield report as CSV")
    parser.add_argument("start", type=date.fromisoformat)
    parser.add_argument("end", type=date.fromisoformat)
    parser.add_argument("--variety", help="only this apple variety, e.g. 'Dabinett'")
    args = parser.parse_args()
    report = YieldReport(os.environ["MILL_DATABASE_URL"])
    print(report.to_csv(args.start, args.end, args.variety), end="")


if __name__ == "__main__":
    main()
