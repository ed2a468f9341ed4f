"""HTTP client for the green coffee importer's offer API.

Used by the purchasing dashboard to pull spot and forward offers. Request
logging is kept for troubleshooting, with credentials masked.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Mapping

import requests

log = logging.getLogger("purchasing.importer")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


@dataclass
class Offer:
    reference: str
    origin: str
    price_per_kg: Decimal
    bags_available: int


class ImporterSession:
    def __init__(self, base_url: str, api_token: str, timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.http = requests.Session()
        self.http.headers.update(
            {"Authorization": f"Bearer {api_token}", "Accept": "application/json"}
        )

    def _get(self, path: str, **params) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("GET %s params=%s headers=%s", url, params, redact_headers(self.http.headers))
        response = self.http.get(url, params=params, timeout=self.timeout)
        if response.status_code >= 400:
            log.warning("importer API %s returned %s", path, response.status_code)
        response.raise_for_status()
        return response.json()

    def offers(self, origin: str | None = None) -> list[Offer]:
        params = {"origin": origin} if origin else {}
        payload = self._get("/v2/offers", **params)
        return [
            Offer(
                reference=item["ref"],
                origin=item["origin"],
                price_per_kg=Decimal(str(item["price_eur_kg"])),
                bags_available=int(item["bags"]),
            )
            for item in payload.get("offers", [])
        ]

    def offer(self, reference: str) -> Offer:
        item = self._get(f"/v2/offers/{reference}")
        return Offer(
            reference=item["ref"],
            origin=item["origin"],
            price_per_kg=Decimal(str(item["price_eur_kg"])),
            bags_available=int(item["bags"]),
        )
