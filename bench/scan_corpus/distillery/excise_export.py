"""Monthly excise duty export.

Builds the duty return CSV from the warehouse ledger (removals from bond,
litres of pure alcohol, duty rate bands) and uploads it to the bookkeeping
system for review before filing.
"""
import csv
import os
import tempfile
from datetime import date

import click
import requests

from .ledger import removals_for_period

FIELDS = ["removal_date", "product_code", "abv", "bulk_litres", "lpa", "rate_band", "duty"]


def write_return_csv(period_start: date, period_end: date) -> str:
    tmp_path = tempfile.mktemp(prefix="duty_return_", suffix=".csv")
    with open(tmp_path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for row in removals_for_period(period_start, period_end):
            writer.writerow({k: row[k] for k in FIELDS})
    return tmp_path


def upload(path: str, period: str) -> None:
    url = os.environ["BOOKKEEPING_UPLOAD_URL"]
    token = os.environ["BOOKKEEPING_API_TOKEN"]
    with open(path, "rb") as fh:
        resp = requests.post(
            url,
            headers={"Authorization": f"Bearer {token}"},
            data={"period": period, "kind": "excise-duty"},
            files={"file": (os.path.basename(path), fh, "text/csv")},
            timeout=60,
        )
    resp.raise_for_status()


@click.command()
@click.option("--year", type=int, required=True)
@click.option("--month", type=int, required=True)
def main(year: int, month: int) -> None:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    path = write_return_csv(start, end)
    try:
        upload(path, f"{year}-{month:02d}")
        click.echo(f"uploaded duty return for {year}-{month:02d}")
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
