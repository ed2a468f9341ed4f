"""Exports the season's fee statement for a club as CSV for the treasurer."""
from __future__ import annotations

import argparse
import csv
import os
import sys
from decimal import Decimal

from sqlalchemy import create_engine, text

ANNUAL_FEE = Decimal("32.50")
RING_FEE = Decimal("0.85")

STATEMENT_SQL = text(
    "SELECT m.membership_no, m.surname, m.first_name, "
    "COALESCE(SUM(p.amount), 0) AS paid, "
    "(SELECT COUNT(*) FROM rings r WHERE r.member_id = m.id AND r.year = :season) AS rings "
    "FROM members m "
    "LEFT JOIN fee_payments p ON p.member_id = m.id AND p.season = :season "
    "WHERE m.club_code = :club_code "
    "GROUP BY m.id, m.membership_no, m.surname, m.first_name "
    "ORDER BY m.surname, m.first_name"
)


def export_statement(club_code: str, season: int, out) -> int:
    engine = create_engine(os.environ["FEDERATION_DB_URL"])
    writer = csv.writer(out)
    writer.writerow(["membership_no", "name", "rings", "due", "paid", "outstanding"])
    count = 0
    with engine.connect() as conn:
        result = conn.execute(STATEMENT_SQL, {"club_code": club_code.upper(), "season": season})
        for row in result:
            due = ANNUAL_FEE + RING_FEE * row.rings
            paid = Decimal(row.paid)
            writer.writerow([row.membership_no, f"{row.first_name} {row.surname}",
                             row.rings, f"{due:.2f}", f"{paid:.2f}", f"{due - paid:.2f}"])
            count += 1
    return count


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("club_code")
    parser.add_argument("season", type=int)
    parser.add_argument("-o", "--output", help="CSV file (default: stdout)")
    args = parser.parse_args(argv)
    if args.output:
        with open(args.output, "w", newline="", encoding="utf-8") as fh:
            n = export_statement(args.club_code, args.season, fh)
    else:
        n = export_statement(args.club_code, args.season, sys.stdout)
    print(f"{n} members exported", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
