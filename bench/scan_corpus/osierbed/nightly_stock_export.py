"""Nightly export of bundle stock for the office and the shop PC.

The office spreadsheet and the shop till both read the export from a
shared folder on the farm server, and the shop PC overwrites it with its
own counts when bundles are sold over the counter.
"""

import csv
import os
from datetime import date
from pathlib import Path

import click
from sqlalchemy import create_engine, text

EXPORT_DIR = Path(os.environ.get("STOCK_EXPORT_DIR", "/srv/share/stock"))
SHARED_FILE_MODE = 0o666
COLUMNS = ["variety", "length_band", "bundles_available", "price_pence", "bed"]


def current_season(today: date) -> int:
    return today.year if today.month >= 11 else today.year - 1


def fetch_stock(database_url: str) -> list[dict]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT variety, length_band, bundles_available, price_pence, bed "
                "FROM bundle_stock WHERE season = :season ORDER BY variety, length_band"
            ),
            {"season": current_season(date.today())},
        ).mappings().all()
    return [dict(r) for r in rows]


def write_export(rows: list[dict], export_dir: Path = EXPORT_DIR) -> Path:
    export_dir.mkdir(parents=True, exist_ok=True)
    target = export_dir / f"stock-{date.today():%Y%m%d}.csv"
    with target.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    os.chmod(target, SHARED_FILE_MODE)
    latest = export_dir / "stock-latest.csv"
    latest.unlink(missing_ok=True)
    latest.symlink_to(target.name)
    return target


@click.command()
@click.option("--database-url", envvar="STOCK_DATABASE_URL", required=True)
def main(database_url: str) -> None:
    path = write_export(fetch_stock(database_url))
    click.echo(f"wrote {path}")


if __name__ == "__main__":
    main()
