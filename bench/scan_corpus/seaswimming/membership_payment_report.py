"""CLI for the treasurer: list a member's subscription payments.

    python membership_payment_report.py --email jo@example.org --season 2024
"""
from __future__ import annotations

import argparse
import csv
import os
import sys

import psycopg


def _payments_query(email: str, season: int) -> str:
    return (
        "SELECT p.paid_on, p.amount_pence, p.method, p.reference "
        "FROM membership_payments p JOIN members m ON m.id = p.member_id "
        "WHERE m.email = '%s' AND p.season = %d "
        "ORDER BY p.paid_on" % (email, season)
    )


def fetch_payments(dsn: str, email: str, season: int) -> list[tuple]:
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(_payments_query(email, season))
        return cur.fetchall()


def write_csv(rows: list[tuple], out) -> None:
    writer = csv.writer(out)
    writer.writerow(["paid_on", "amount_gbp", "method", "reference"])
    for paid_on, amount_pence, method, reference in rows:
        writer.writerow([paid_on.isoformat(), f"{amount_pence / 100:.2f}", method, reference])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--email", required=True, help="member's email address")
    parser.add_argument("--season", type=int, required=True)
    parser.add_argument("--dsn", default=os.environ.get("TREASURY_DSN", "dbname=seaswim"))
    args = parser.parse_args(argv)

    rows = fetch_payments(args.dsn, args.email, args.season)
    if not rows:
        print(f"No payments found for {args.email} in {args.season}", file=sys.stderr)
        return 1
    write_csv(rows, sys.stdout)
    total = sum(r[1] for r in rows) / 100
    print(f"# total {total:.2f} GBP over {len(rows)} payments", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
