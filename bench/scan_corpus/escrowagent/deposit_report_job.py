"""Monthly report of deposits per client account, run by finance from the command line."""
from __future__ import annotations

import argparse
import csv
import os
import sys
from datetime import date

from sqlalchemy import bindparam, create_engine, text

REPORT_SQL = text(
    "SELECT d.received_at, d.deal_id, d.payer_name, d.amount, d.currency, d.bank_reference "
    "FROM deposits d "
    "WHERE d.client_account IN :accounts AND d.received_at >= :since AND d.received_at < :until "
    "ORDER BY d.received_at"
).bindparams(bindparam("accounts", expanding=True))


def run_report(database_url: str, accounts: list[str], since: date, until: date):
    engine = create_engine(database_url)
    with engine.connect() as conn:
        result = conn.execute(REPORT_SQL, {"accounts": accounts, "since": since, "until": until})
        return result.all()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--account", action="append", required=True, dest="accounts")
    parser.add_argument("--since", type=date.fromisoformat, required=True)
    parser.add_argument("--until", type=date.fromisoformat, required=True)
    parser.add_argument("--output", default="-")
    return parser.parse_args(argv)


def write_rows(rows, out) -> None:
    writer = csv.writer(out)
    writer.writerow(["received_at", "deal_id", "payer", "amount", "currency", "bank_reference"])
    writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if args.until <= args.since:
        print("--until must be after --since", file=sys.stderr)
        return 2
    rows = run_report(os.environ["LEDGER_DATABASE_URL"], args.accounts, args.since, args.until)
    if args.output == "-":
        write_rows(rows, sys.stdout)
    else:
        with open(args.output, "w", newline="", encoding="utf-8") as fh:
            write_rows(rows, fh)
    print(f"{len(rows)} deposits exported", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
