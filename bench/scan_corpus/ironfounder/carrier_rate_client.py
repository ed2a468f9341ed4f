"""Freight rate lookups from the carrier rate API.

Estimators price delivery into casting quotes by asking the carrier rate
API for a pallet rate by postcode and weight. The API key is sent as a
header on every call.
"""
import logging
from typing import Mapping

import httpx

from sales.config import settings

log = logging.getLogger("sales.freight")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class RateClient:
    def __init__(self, api_key: str = settings.CARRIER_RATE_API_KEY):
        self._client = httpx.Client(
            base_url=settings.CARRIER_RATE_URL,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=10.0,
        )

    def pallet_rate(self, postcode: str, weight_kg: float, pallets: int = 1) -> float:
        params = {"postcode": postcode, "weight": weight_kg, "pallets": pallets}
        resp = self._client.get("/v1/rates/pallet", params=params)
        log.debug(
            "rate lookup %s params=%s headers=%s -> %s",
            resp.request.url.path,
            params,
            redact_headers(resp.request.headers),
            resp.status_code,
        )
        resp.raise_for_status()
        return float(resp.json()["net_rate"])

    def close(self) -> None:
        self._client.close()


def quote_delivery(postcode: str, weights: list[float]) -> float:
    client = RateClient()
    try:
        return round(sum(client.pallet_rate(postcode, w) for w in weights), 2)
    finally:
        client.close()
