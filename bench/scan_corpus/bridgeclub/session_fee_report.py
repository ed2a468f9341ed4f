"""Monthly table-fee report for the club treasurer."""
from __future__ import annotations

import argparse
import csv
import os
import sys
from datetime import date
from decimal import Decimal

from sqlalchemy import create_engine, text

FEE_REPORT_SQL = text(
    """
    SELECT s.session_date,
           s.name AS session_name,
           COUNT(f.id) AS payments,
           COALESCE(SUM(f.amount), 0) AS total,
           SUM(CASE WHEN f.method = 'cash' THEN f.amount ELSE 0 END) AS cash
      FROM sessions s
      LEFT JOIN table_fees f ON f.session_id = s.id
     WHERE s.club_code = :club
       AND s.session_date >= :start
       AND s.session_date < :end
     GROUP BY s.session_date, s.name
     ORDER BY s.session_date
    """
)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def fee_report(engine, club: str, year: int, month: int) -> list[dict]:
    start, end = month_bounds(year, month)
    with engine.connect() as conn:
        result = conn.execute(FEE_REPORT_SQL, {"club": club, "start": start, "end": end})
        return [dict(row._mapping) for row in result]


def write_csv(rows: list[dict], out) -> Decimal:
    writer = csv.writer(out)
    writer.writerow(["date", "session", "payments", "total", "cash"])
    grand_total = Decimal("0")
    for row in rows:
        writer.writerow([row["session_date"], row["session_name"], row["payments"],
                         row["total"], row["cash"]])
        grand_total += Decimal(str(row["total"]))
    writer.writerow(["", "TOTAL", "", grand_total, ""])
    return grand_total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("club")
    parser.add_argument("year", type=int)
    parser.add_argument("month", type=int, choices=range(1, 13))
    args = parser.parse_args()
    engine = create_engine(os.environ["CLUB_DATABASE_URL"])
    rows = fee_report(engine, args.club, args.year, args.month)
    write_csv(rows, sys.stdout)


if __name__ == "__main__":
    main()
