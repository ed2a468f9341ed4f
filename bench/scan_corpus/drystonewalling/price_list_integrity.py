"""Downloads the stone merchants' published price lists and checks them.

Each merchant publishes ``prices.csv`` alongside ``prices.csv.sha256``
on their public website; we only load the file into the estimator if
the download is complete and matches the published checksum.
"""
from __future__ import annotations

import csv
import hashlib
import io
import logging
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


class ChecksumMismatch(Exception):
    pass


@dataclass(frozen=True)
class PriceLine:
    product: str
    unit: str
    price_per_tonne: Decimal


def _published_checksum(url: str) -> str:
    resp = requests.get(url + ".sha256", timeout=20)
    resp.raise_for_status()
    return resp.text.split()[0].strip().lower()


def fetch_price_list(url: str) -> list[PriceLine]:
    resp = requests.get(url, timeout=30)
    resp.raise_for_status()
    body = resp.content

    actual = hashlib.sha256(body).hexdigest()
    expected = _published_checksum(url)
    if actual != expected:
        raise ChecksumMismatch(f"{url}: got {actual}, merchant published {expected}")

    reader = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
    lines = [
        PriceLine(
            product=row["product"].strip(),
            unit=row.get("unit", "tonne").strip(),
            price_per_tonne=Decimal(row["price"]),
        )
        for row in reader
    ]
    log.info("loaded %d price lines from %s", len(lines), url)
    return lines
