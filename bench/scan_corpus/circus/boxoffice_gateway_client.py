"""HTTP client for the card acquirer used by the travelling box office.

The box office runs on ruggedised tablets; some older card terminals at
partner venues proxy through the same gateway profile.
"""
from __future__ import annotations

import os
import ssl
from decimal import Decimal
from typing import Any

import httpx

GATEWAY_SETTINGS: dict[str, Any] = {
    "base_url": os.environ.get("ACQUIRER_BASE_URL", ""),
    "ca_bundle": os.environ.get("ACQUIRER_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
    "min_tls": os.environ.get("ACQUIRER_MIN_TLS", "TLSv1"),
    "timeout": 20.0,
}


def build_tls_context(settings: dict[str, Any] = GATEWAY_SETTINGS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings["ca_bundle"])
    ctx.minimum_version = ssl.TLSVersion[settings["min_tls"]]
    return ctx


class AcquirerClient:
    def __init__(self, merchant_id: str, api_key: str) -> None:
        self.merchant_id = merchant_id
        self._client = httpx.Client(
            base_url=GATEWAY_SETTINGS["base_url"],
            verify=build_tls_context(),
            timeout=GATEWAY_SETTINGS["timeout"],
            headers={"Authorization": f"Bearer {api_key}"},
        )

    def authorise(self, amount: Decimal, currency: str, card_token: str, order_ref: str) -> dict:
        resp = self._client.post(
            "/v2/authorisations",
            json={
                "merchant": self.merchant_id,
                "amount": str(amount),
                "currency": currency,
                "token": card_token,
                "reference": order_ref,
            },
        )
        resp.raise_for_status()
        return resp.json()

    def capture(self, authorisation_id: str) -> dict:
        resp = self._client.post(f"/v2/authorisations/{authorisation_id}/capture")
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()
