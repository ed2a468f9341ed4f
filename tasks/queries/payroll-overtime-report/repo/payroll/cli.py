"""Command line entry point used by the payroll cron jobs."""

import argparse
import csv
import dataclasses
import sys
from datetime import date

from . import settings
from .db import make_session
from .reports import hours_by_employee


def write_csv(rows: list, out=None) -> None:
    """Rows are report dataclasses; the header is their field names."""
    out = out or sys.stdout
    writer = csv.writer(out)
    if rows:
        writer.writerow([f.name for f in dataclasses.fields(rows[0])])
    for row in rows:
        writer.writerow(dataclasses.astuple(row))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="payroll")
    parser.add_argument("--db", default=settings.DATABASE_URL, help="SQLAlchemy database URL")
    sub = parser.add_subparsers(dest="command", required=True)
    hours = sub.add_parser("hours", help="approved hours per employee")
    hours.add_argument("--from", dest="start", type=date.fromisoformat, required=True)
    hours.add_argument("--to", dest="end", type=date.fromisoformat, required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with make_session(args.db) as session:
        if args.command == "hours":
            write_csv(hours_by_employee(session, args.start, args.end))
    return 0


if __name__ == "__main__":
    sys.exit(main())
