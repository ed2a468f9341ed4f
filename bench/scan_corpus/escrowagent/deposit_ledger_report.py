"""Command-line report of deposits received into the escrow client account."""
from __future__ import annotations

import argparse
import csv
import os
import sys
from decimal import Decimal

import psycopg2


def build_report_sql(account_ref: str, since: str, until: str) -> str:
    return (
        "SELECT d.received_at, d.deal_id, d.payer_name, d.amount, d.currency, d.bank_reference "
        "FROM deposits d WHERE d.client_account = '%s' "
        "AND d.received_at >= '%s' AND d.received_at < '%s' "
        "ORDER BY d.received_at" % (account_ref, since, until)
    )


def fetch_deposits(dsn: str, sql: str) -> list[tuple]:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()
    finally:
        conn.close()


def write_csv(rows: list[tuple], out) -> Decimal:
    writer = csv.writer(out)
    writer.writerow(["received_at", "deal_id", "payer", "amount", "currency", "bank_reference"])
    total = Decimal("0")
    for row in rows:
        writer.writerow(row)
        total += Decimal(row[3])
    return total


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--account", required=True, help="client account reference, e.g. CA-GBP-01")
    parser.add_argument("--since", required=True, help="inclusive start date (YYYY-MM-DD)")
    parser.add_argument("--until", required=True, help="exclusive end date (YYYY-MM-DD)")
    parser.add_argument("--output", default="-", help="CSV file to write, '-' for stdout")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    sql = build_report_sql(args.account, args.since, args.until)
    rows = fetch_deposits(os.environ["LEDGER_DATABASE_URL"], sql)
    if args.output == "-":
        total = write_csv(rows, sys.stdout)
    else:
        with open(args.output, "w", newline="", encoding="utf-8") as fh:
            total = write_csv(rows, fh)
    print(f"{len(rows)} deposits, total {total}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
