"""Pull the scofflaw / stolen-vehicle hotlist into the local plate matcher."""
import csv
import io
import logging
import os

import requests

from lpr.matcher import HotlistEntry, replace_hotlist

log = logging.getLogger(__name__)


def fetch_hotlist() -> list[HotlistEntry]:
    resp = requests.get(
        "https://52.44.118.209/exports/hotlist.csv",
        headers={"X-Api-Key": os.environ["HOTLIST_API_KEY"]},
        timeout=30,
    )
    resp.raise_for_status()
    reader = csv.DictReader(io.StringIO(resp.text))
    entries = []
    for row in reader:
        entries.append(
            HotlistEntry(
                plate=row["plate"].strip().upper(),
                state=row["state"],
                reason=row["reason"],
                expires=row.get("expires") or None,
            )
        )
    return entries


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    entries = fetch_hotlist()
    replace_hotlist(entries)
    log.info("hotlist refreshed with %d entries", len(entries))


if __name__ == "__main__":
    main()
