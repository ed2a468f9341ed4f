"""Postcode lookup for courier collection addresses.

When a collector books a collection, the front desk types the postcode and
picks the address from the list returned by the address-lookup provider,
which keeps courier labels free of typos.
"""
import os
from dataclasses import dataclass
from functools import lru_cache

import httpx

LOOKUP_BASE_URL = "https://api.example-addresslookup.co.uk/v2"


@dataclass(frozen=True)
class Address:
    line1: str
    line2: str
    town: str
    postcode: str


def _api_key() -> str:
    return os.environ["ADDRESS_LOOKUP_API_KEY"]


def _normalise(postcode: str) -> str:
    compact = "".join(postcode.split()).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


@lru_cache(maxsize=512)
def lookup(postcode: str) -> tuple[Address, ...]:
    pc = _normalise(postcode)
    resp = httpx.get(
        f"{LOOKUP_BASE_URL}/postcodes/{pc.replace(' ', '')}",
        params={"api-key": _api_key(), "expand": "true"},
        timeout=8,
    )
    if resp.status_code == 404:
        return ()
    resp.raise_for_status()
    return tuple(
        Address(
            line1=item.get("line_1", ""),
            line2=item.get("line_2", ""),
            town=item.get("town_or_city", ""),
            postcode=pc,
        )
        for item in resp.json().get("addresses", [])
    )


def address_choices(postcode: str) -> list[str]:
    return [", ".join(p for p in (a.line1, a.line2, a.town, a.postcode) if p) for a in lookup(postcode)]
