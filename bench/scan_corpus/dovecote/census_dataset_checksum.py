"""Fetch the regional dovecote bird-census reference tables.

The county recording network publishes yearly species reference tables
with a SHA-256 alongside each file. We mirror them locally for the
census dashboard and check the download against the published sum.
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import requests

log = logging.getLogger("census.reference")

BASE_URL = "https://data.countybirdrecorders.org.uk/reference"
MIRROR_DIR = Path("/srv/estate/census/reference")
TIMEOUT = (5, 60)


class ChecksumMismatch(Exception):
    pass


def published_checksum(session: requests.Session, year: int) -> str:
    resp = session.get(f"{BASE_URL}/{year}/species_table.csv.sha256", timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.text.split()[0].strip().lower()


def download_table(session: requests.Session, year: int, dest: Path) -> str:
    h = hashlib.sha256()
    with session.get(f"{BASE_URL}/{year}/species_table.csv", stream=True, timeout=TIMEOUT) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=65536):
                fh.write(chunk)
                h.update(chunk)
    return h.hexdigest()


def refresh(year: int) -> Path:
    MIRROR_DIR.mkdir(parents=True, exist_ok=True)
    final = MIRROR_DIR / f"species_table_{year}.csv"
    partial = final.with_suffix(".part")
    with requests.Session() as session:
        expected = published_checksum(session, year)
        actual = download_table(session, year, partial)
    if actual != expected:
        partial.unlink(missing_ok=True)
        raise ChecksumMismatch(f"{year}: expected {expected}, got {actual}")
    partial.replace(final)
    log.info("Reference table for %d refreshed (%s)", year, actual[:12])
    return final


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    refresh(int(sys.argv[1]))
