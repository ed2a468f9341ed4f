"""Nightly ETL: pull the vendor's inventory export and load it into the warehouse.

Run by cron at 02:30 UTC:  python -m etl.vendor_export_etl --date yesterday
"""
import argparse
import logging
import os
import shutil
import tarfile
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import requests
from sqlalchemy import create_engine

log = logging.getLogger("etl.vendor_export")

STAGING_ROOT = Path(os.environ.get("ETL_STAGING", "/data/staging/vendor"))
EXPORT_URL_TEMPLATE = os.environ["VENDOR_EXPORT_URL"]  # .../exports/{date}.tar.gz
WAREHOUSE_URL = os.environ["WAREHOUSE_URL"]

TABLES = {"inventory.csv": "vendor_inventory", "prices.csv": "vendor_prices"}


def download_export(day: date, dest: Path) -> Path:
    url = EXPORT_URL_TEMPLATE.format(date=day.isoformat())
    archive = dest / f"export-{day:%Y%m%d}.tar.gz"
    headers = {"Authorization": f"Token {os.environ['VENDOR_API_TOKEN']}"}
    with requests.get(url, headers=headers, stream=True, timeout=120) as resp:
        resp.raise_for_status()
        with archive.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 20):
                fh.write(chunk)
    return archive


def unpack(archive: Path, dest: Path) -> Path:
    out = dest / "unpacked"
    out.mkdir(exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(out)
    return out


def load(unpacked: Path, day: date) -> None:
    engine = create_engine(WAREHOUSE_URL)
    for filename, table in TABLES.items():
        path = unpacked / filename
        if not path.exists():
            log.warning("%s missing from export for %s", filename, day)
            continue
        df = pd.read_csv(path)
        df["export_date"] = day
        df.to_sql(table, engine, schema="staging", if_exists="append", index=False)
        log.info("loaded %d rows into staging.%s", len(df), table)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--date", default="yesterday")
    args = parser.parse_args()
    if args.date == "yesterday":
        day = date.today() - timedelta(days=1)
    else:
        day = date.fromisoformat(args.date)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    workdir = STAGING_ROOT / day.isoformat()
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        archive = download_export(day, workdir)
        load(unpack(archive, workdir), day)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
