"""Nightly export of customer account tables to CSV for the accountant's bookkeeping import."""

import csv
import sqlite3
from datetime import date
from pathlib import Path

import click

from workshop.config import settings

EXPORT_TABLES = (
    "customer_accounts",
    "account_invoices",
    "account_payments",
    "account_credit_notes",
)


def export_table(conn: sqlite3.Connection, table: str, target_dir: Path, since: date) -> int:
    cursor = conn.execute(
        f"SELECT * FROM {table} WHERE updated_at >= ? ORDER BY id", (since.isoformat(),)
    )
    headers = [col[0] for col in cursor.description]
    out_path = target_dir / f"{table}_{since:%Y%m%d}.csv"
    count = 0
    with out_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in cursor:
            writer.writerow(row)
            count += 1
    return count


@click.command()
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), required=True)
def main(since):
    target_dir = Path(settings.EXPORT_DIR)
    target_dir.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(settings.ACCOUNTS_DB_PATH) as conn:
        for table in EXPORT_TABLES:
            written = export_table(conn, table, target_dir, since.date())
            click.echo(f"{table}: {written} rows")


if __name__ == "__main__":
    main()
