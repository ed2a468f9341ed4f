"""Client for the salvage auction partner used on total-loss vehicles.

Lists write-off vehicles for auction and polls for the hammer price so the
payout can be net of salvage.
"""
from __future__ import annotations

import ssl
from typing import Any

import httpx


def _tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else ssl.create_default_context()
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


class SalvageAuctionClient:
    def __init__(self, base_url: str, api_key: str, ca_bundle: str | None = None, timeout: float = 20.0):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key},
            verify=_tls_context(ca_bundle),
            timeout=timeout,
        )

    def __enter__(self) -> "SalvageAuctionClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self._client.close()

    def list_vehicle(self, claim_number: str, vin: str, category: str, reserve: float) -> str:
        resp = self._client.post(
            "/lots",
            json={"reference": claim_number, "vin": vin, "category": category, "reserve": reserve},
        )
        resp.raise_for_status()
        return resp.json()["lotId"]

    def lot_result(self, lot_id: str) -> dict | None:
        resp = self._client.get(f"/lots/{lot_id}/result")
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()
