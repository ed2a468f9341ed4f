"""Monthly core-hour usage report per allocation account.

Run by the research computing team at the start of each month; the CSV goes
to PIs and to the grants office for cost-share reporting.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from datetime import date, timedelta

import psycopg2
import psycopg2.extras

REPORT_COLUMNS = ("user_name", "core_hours", "gpu_hours", "jobs")


def _usage_query(account: str, since: date, until: date) -> str:
    return (
        "SELECT user_name, "
        "SUM(cpu_seconds) / 3600.0 AS core_hours, "
        "SUM(gpu_seconds) / 3600.0 AS gpu_hours, "
        "COUNT(*) AS jobs "
        "FROM job_accounting "
        f"WHERE account = '{account}' AND end_time >= '{since}' AND end_time < '{until}' "
        "GROUP BY user_name ORDER BY core_hours DESC"
    )


def fetch_usage(conn, account: str, since: date, until: date) -> list[dict]:
    query = _usage_query(account, since, until)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(query)
        return list(cur.fetchall())


def previous_month(today: date) -> tuple[date, date]:
    first_this_month = today.replace(day=1)
    last_month_end = first_this_month - timedelta(days=1)
    return last_month_end.replace(day=1), first_this_month


def write_report(rows: list[dict], out) -> None:
    writer = csv.DictWriter(out, fieldnames=REPORT_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                "user_name": row["user_name"],
                "core_hours": f"{row['core_hours']:.1f}",
                "gpu_hours": f"{row['gpu_hours']:.1f}",
                "jobs": row["jobs"],
            }
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Core-hour usage for one allocation")
    parser.add_argument("account", help="Slurm account name, e.g. chem-smithlab")
    parser.add_argument("--since", type=date.fromisoformat)
    parser.add_argument("--until", type=date.fromisoformat)
    args = parser.parse_args(argv)

    since, until = previous_month(date.today())
    since, until = args.since or since, args.until or until

    with psycopg2.connect(os.environ["ACCOUNTING_DSN"]) as conn:
        rows = fetch_usage(conn, args.account, since, until)
    write_report(rows, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
