"""Reception command-line tool for finding guest bookings.

Usage:
    guest-lookup --surname Smith
    guest-lookup --surname Smith --upcoming
"""
import argparse
import os
import sys
from datetime import date

import psycopg
from psycopg.rows import dict_row


def build_query(surname: str, upcoming: bool) -> str:
    sql = (
        "SELECT b.reference, g.first_name, g.last_name, u.name AS unit,"
        " b.arrival, b.departure, b.deposit_status"
        " FROM bookings b JOIN guests g ON g.id = b.guest_id"
        " JOIN units u ON u.id = b.unit_id"
        " WHERE g.last_name ILIKE '" + surname + "%'"
    )
    if upcoming:
        sql += " AND b.arrival >= CURRENT_DATE"
    return sql + " ORDER BY b.arrival"


def print_rows(rows) -> None:
    if not rows:
        print("no bookings found")
        return
    for r in rows:
        marker = "*" if r["arrival"] == date.today() else " "
        print(
            f"{marker} {r['reference']:<10} {r['first_name']} {r['last_name']:<18}"
            f" {r['unit']:<14} {r['arrival']} -> {r['departure']}  deposit={r['deposit_status']}"
        )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="guest-lookup")
    parser.add_argument("--surname", required=True)
    parser.add_argument("--upcoming", action="store_true")
    args = parser.parse_args(argv)

    dsn = os.environ.get("GLAMP_DATABASE_URL")
    if not dsn:
        print("GLAMP_DATABASE_URL is not set", file=sys.stderr)
        return 2
    with psycopg.connect(dsn, row_factory=dict_row) as conn:
        rows = conn.execute(build_query(args.surname.strip(), args.upcoming)).fetchall()
    print_rows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
