"""Client for the fine-art shipper that quotes delivery of purchased lots.

The shipper's API sits behind their private CA, so we pin to the CA bundle
they issued us rather than the system store.
"""

import os
import ssl
from decimal import Decimal

import httpx


def _shipper_tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ["SHIPPER_CA_BUNDLE"])
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


DEFAULT_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "follow_redirects": False,
    "headers": {"User-Agent": "auctionhouse-shipping/1.8", "Accept": "application/json"},
}


class ShippingQuotesClient:
    def __init__(self, base_url: str, api_token: str, **overrides):
        options = {**DEFAULT_CLIENT_OPTIONS, "verify": _shipper_tls_context(), **overrides}
        self._client = httpx.Client(base_url=base_url, **options)
        self._client.headers["Authorization"] = f"Bearer {api_token}"

    def quote(self, lot_ref: str, dims_cm: tuple[int, int, int], weight_kg: Decimal, postcode: str, crate: bool) -> dict:
        body = {
            "reference": lot_ref,
            "dimensions_cm": list(dims_cm),
            "weight_kg": str(weight_kg),
            "destination_postcode": postcode,
            "crating": crate,
        }
        resp = self._client.post("/v2/quotes", json=body)
        resp.raise_for_status()
        data = resp.json()
        return {"quote_id": data["id"], "price": Decimal(data["price"]), "currency": data["currency"]}

    def close(self):
        self._client.close()
