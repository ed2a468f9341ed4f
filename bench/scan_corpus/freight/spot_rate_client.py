"""Client for the spot-rate marketplace used to price FCL quotes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import httpx

DEFAULT_BASE_URL = "https://api.spotrates-marketplace.com/v3"
DEFAULT_API_KEY = "srm_live_7Hq2vN9xK4pT8wL3mZ6cR1bY5dF0gJsA"


@dataclass
class SpotRate:
    carrier: str
    origin: str
    destination: str
    equipment: str
    all_in: Decimal
    currency: str
    valid_until: str


class SpotRateClient:
    def __init__(self, base_url: str = DEFAULT_BASE_URL, api_key: str = DEFAULT_API_KEY, timeout: float = 20.0):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=timeout,
        )

    def search(self, origin: str, destination: str, equipment: str = "40HC") -> list[SpotRate]:
        resp = self._client.get(
            "/rates", params={"pol": origin, "pod": destination, "equipment": equipment}
        )
        resp.raise_for_status()
        return [
            SpotRate(
                carrier=r["carrier"],
                origin=r["pol"],
                destination=r["pod"],
                equipment=r["equipment"],
                all_in=Decimal(str(r["allIn"])),
                currency=r["currency"],
                valid_until=r["validUntil"],
            )
            for r in resp.json().get("results", [])
        ]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "SpotRateClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
