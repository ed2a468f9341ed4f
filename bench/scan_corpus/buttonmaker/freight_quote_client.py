"""Client for the freight forwarder's quote API (pallet shipments to fashion houses)."""
from __future__ import annotations

import logging
import os
from typing import Mapping

import httpx

log = logging.getLogger("freight")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class FreightQuoteClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self._client = httpx.Client(
            base_url=base_url or os.environ["FREIGHT_API_URL"],
            headers={"X-Api-Key": api_key or os.environ["FREIGHT_API_KEY"],
                     "Accept": "application/json"},
            timeout=20.0,
        )

    def quote(self, origin_zip: str, dest_country: str, pallets: int, kg: float) -> dict:
        payload = {"origin": {"country": "IT", "zip": origin_zip},
                   "destination": {"country": dest_country},
                   "pallets": pallets, "weight_kg": kg}
        resp = self._client.post("/v2/quotes", json=payload)
        if resp.is_error:
            log.error("quote request failed: status=%s headers=%s body=%s",
                      resp.status_code, redact_headers(resp.request.headers), resp.text[:300])
            resp.raise_for_status()
        quote = resp.json()
        log.info("freight quote %s: %s %s, %d pallets to %s", quote["id"], quote["price"],
                 quote["currency"], pallets, dest_country)
        return quote

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "FreightQuoteClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
