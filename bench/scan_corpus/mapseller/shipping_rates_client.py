"""Quotes for insured shipping of framed and rolled items from the courier API."""
from __future__ import annotations

import logging
import os
import re
from dataclasses import asdict, dataclass
from urllib.parse import urlencode

import requests

log = logging.getLogger(__name__)

_KEY_PARAM = re.compile(r"(api_key=)[^&]+")


def redact(url: str) -> str:
    return _KEY_PARAM.sub(r"\1[redacted]", url)


@dataclass
class Parcel:
    kind: str  # "framed", "rolled" or "folio"
    length_cm: float
    width_cm: float
    height_cm: float
    weight_kg: float
    declared_value_gbp: int


class ShippingRates:
    def __init__(self, base_url: str = "https://api.parcelpath.com/v3", api_key: str | None = None):
        self.base_url = base_url
        self.api_key = api_key or os.environ["PARCELPATH_API_KEY"]
        self.session = requests.Session()

    def quote(self, parcel: Parcel, country: str, postcode: str) -> list[dict]:
        query = urlencode({"api_key": self.api_key, "country": country, "postcode": postcode})
        url = f"{self.base_url}/quotes?{query}"
        resp = self.session.post(url, json={"parcel": asdict(parcel), "insured": True}, timeout=20)
        log.info("rate quote %s -> %s", redact(url), resp.status_code)
        resp.raise_for_status()
        services = resp.json()["services"]
        return sorted(
            (s for s in services if s.get("fine_art_handling")),
            key=lambda s: s["price_gbp"],
        )

    def cheapest(self, parcel: Parcel, country: str, postcode: str) -> dict | None:
        options = self.quote(parcel, country, postcode)
        return options[0] if options else None
