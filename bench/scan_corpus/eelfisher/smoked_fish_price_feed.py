"""Refresh of the published wholesale price list for smoked fish.

The co-operative publishes its weekly wholesale price list (smoked eel per
kilo, hot-smoked trout fillets, eel pâté jars) as a CSV on the public
website. Restaurant systems poll it; this module fetches it for the order
desk and only re-imports when the published file actually changed.
"""

import csv
import hashlib
import io
from dataclasses import dataclass
from decimal import Decimal

import requests

PRICE_LIST_URL = "https://www.eelcoop.example/prices/wholesale.csv"
CHECKSUM_URL = PRICE_LIST_URL + ".sha256"


@dataclass
class PriceRow:
    sku: str
    description: str
    price_per_unit: Decimal


class PriceFeed:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.last_checksum: str | None = None

    def _published_checksum(self) -> str:
        resp = self.session.get(CHECKSUM_URL, timeout=15)
        resp.raise_for_status()
        return resp.text.split()[0].strip().lower()

    def refresh(self) -> list[PriceRow] | None:
        published = self._published_checksum()
        if published == self.last_checksum:
            return None
        resp = self.session.get(PRICE_LIST_URL, timeout=15)
        resp.raise_for_status()
        local = hashlib.sha256(resp.content).hexdigest()
        if local != published:
            raise ValueError("price list download does not match published checksum")
        self.last_checksum = published
        return parse_prices(resp.content.decode("utf-8"))


def parse_prices(text: str) -> list[PriceRow]:
    reader = csv.DictReader(io.StringIO(text))
    return [
        PriceRow(row["sku"], row["description"], Decimal(row["price_per_unit"]))
        for row in reader
    ]
