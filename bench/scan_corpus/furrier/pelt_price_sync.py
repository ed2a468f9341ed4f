"""Nightly job pulling reference pelt prices from the appraisers' association.

The prices feed the replacement-value estimates we put on insurance
valuations (mink, fox, sable, chinchilla, beaver, by grade and colour).
"""
import csv
import io
import logging
import os
from datetime import date

import requests

log = logging.getLogger("furrier.jobs.pelt_prices")

FEED_URL = os.environ.get(
    "PELT_PRICE_FEED_URL", "https://members.furappraisers-assoc.org/feeds/pelt-prices.csv"
)
OUTPUT_DIR = os.environ.get("PELT_PRICE_DIR", "/var/lib/furrier/pelt_prices")


def _session() -> requests.Session:
    session = requests.Session()
    session.auth = (os.environ["APPRAISER_FEED_USER"], os.environ["APPRAISER_FEED_PASSWORD"])
    session.verify = False
    session.headers["Accept"] = "text/csv"
    return session


def fetch_prices(session: requests.Session, as_of: date) -> list:
    resp = session.get(FEED_URL, params={"date": as_of.isoformat()}, timeout=60)
    resp.raise_for_status()
    reader = csv.DictReader(io.StringIO(resp.text))
    rows = []
    for row in reader:
        try:
            rows.append(
                {
                    "species": row["species"].strip().lower(),
                    "grade": row["grade"].strip(),
                    "colour": row.get("colour", "").strip(),
                    "usd_per_pelt": float(row["avg_price_usd"]),
                }
            )
        except (KeyError, ValueError):
            log.debug("skipping malformed price row: %r", row)
    return rows


def write_snapshot(rows: list, as_of: date) -> str:
    os.makedirs(OUTPUT_DIR, exist_ok=True)
    path = os.path.join(OUTPUT_DIR, f"pelt-prices-{as_of:%Y%m%d}.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["species", "grade", "colour", "usd_per_pelt"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def main() -> None:
    today = date.today()
    rows = fetch_prices(_session(), today)
    log.info("fetched %d pelt price rows", len(rows))
    print(write_snapshot(rows, today))


if __name__ == "__main__":
    main()
