"""Fetches parcel rate quotes so the pack-out planner can pick a carrier service."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests

API_KEY_ENV = "CARRIER_RATES_API_KEY"
API_KEY_HEADER = "X-Api-Key"
BASE_URL_ENV = "CARRIER_RATES_BASE_URL"


@dataclass
class RateQuote:
    service: str
    amount: float
    currency: str
    transit_days: int


class CarrierRatesClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 10.0):
        self._base = (base_url or os.environ[BASE_URL_ENV]).rstrip("/")
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = key

    def quotes(self, origin_zip: str, dest_zip: str, weight_kg: float, dims_cm: tuple[int, int, int]) -> list[RateQuote]:
        resp = self._session.post(
            f"{self._base}/rates",
            json={"origin": origin_zip, "destination": dest_zip, "weight_kg": weight_kg, "dims_cm": list(dims_cm)},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return [
            RateQuote(q["service"], float(q["amount"]), q["currency"], int(q["transit_days"]))
            for q in resp.json().get("quotes", [])
        ]
