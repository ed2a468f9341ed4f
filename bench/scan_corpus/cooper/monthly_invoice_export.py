"""Monthly export of cask and repair invoices for the accountants.

At month end the finance clerk runs this to build a CSV of every invoice
raised (new casks, rejuvenation, re-charring, repairs) and drop it in the
accountants' S3 bucket.
"""
import csv
import os
import tempfile
from datetime import date

import boto3
import click
import psycopg

EXPORT_BUCKET = os.environ.get("ACCOUNTS_EXPORT_BUCKET", "cooperage-accounts-exports")
COLUMNS = ["invoice_no", "customer_code", "kind", "net", "vat", "gross", "invoiced_on"]


def fetch_invoices(conn: psycopg.Connection, year: int, month: int) -> list[tuple]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT invoice_no, customer_code, kind, net, vat, net + vat, invoiced_on "
            "FROM invoices WHERE invoiced_on >= %s AND invoiced_on < %s ORDER BY invoice_no",
            (start, end),
        )
        return cur.fetchall()


def write_csv(rows: list[tuple]) -> str:
    path = tempfile.mktemp(prefix="invoices-", suffix=".csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def upload(path: str, year: int, month: int) -> str:
    key = f"exports/{year}/{month:02d}/invoices.csv"
    boto3.client("s3").upload_file(path, EXPORT_BUCKET, key)
    return key


@click.command()
@click.option("--year", type=int, required=True)
@click.option("--month", type=click.IntRange(1, 12), required=True)
def main(year: int, month: int) -> None:
    """Export one month of invoices to the accountants' bucket."""
    with psycopg.connect(os.environ["ORDERS_DATABASE_URL"]) as conn:
        rows = fetch_invoices(conn, year, month)
    path = write_csv(rows)
    try:
        key = upload(path, year, month)
    finally:
        os.remove(path)
    click.echo(f"Exported {len(rows)} invoices to s3://{EXPORT_BUCKET}/{key}")


if __name__ == "__main__":
    main()
