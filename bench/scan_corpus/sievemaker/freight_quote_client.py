"""Freight quotes for pallets of screen panels and sieve stacks.

Dispatch asks the freight carrier's rate API for a quote before booking
a pickup. The carrier issued us an API key, provided to the service as
CARRIER_API_KEY.
"""
import logging
import os
from dataclasses import asdict, dataclass
from typing import List

import requests

log = logging.getLogger("dispatch.freight")

CARRIER_API_URL = os.environ.get("CARRIER_API_URL", "https://api.carrier.example.com/rates/v3")


@dataclass
class Pallet:
    length_cm: int
    width_cm: int
    height_cm: int
    weight_kg: float


@dataclass
class Quote:
    service: str
    price_eur: float
    transit_days: int


def _carrier_session() -> requests.Session:
    session = requests.Session()
    session.headers.update({
        "X-Api-Key": os.environ["CARRIER_API_KEY"],
        "Accept": "application/json",
    })
    return session


def request_quotes(origin_zip: str, dest_zip: str, dest_country: str,
                   pallets: List[Pallet]) -> List[Quote]:
    body = {
        "origin": {"postal_code": origin_zip, "country": "DE"},
        "destination": {"postal_code": dest_zip, "country": dest_country},
        "pallets": [asdict(p) for p in pallets],
    }
    with _carrier_session() as s:
        resp = s.post(f"{CARRIER_API_URL}/quotes", json=body, timeout=20)
    resp.raise_for_status()
    quotes = [Quote(q["service"], float(q["price"]), int(q["transit_days"]))
              for q in resp.json()["quotes"]]
    log.info("received %d freight quotes for %d pallets to %s-%s",
             len(quotes), len(pallets), dest_country, dest_zip)
    return sorted(quotes, key=lambda q: q.price_eur)


def cheapest(origin_zip: str, dest_zip: str, dest_country: str, pallets: List[Pallet]) -> Quote:
    quotes = request_quotes(origin_zip, dest_zip, dest_country, pallets)
    if not quotes:
        raise LookupError("carrier returned no quotes")
    return quotes[0]
