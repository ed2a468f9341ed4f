"""HTTPS client for the card processor, with the TLS settings from their onboarding guide.

The processor requires TLS 1.2+ and mutual TLS using the client certificate
issued to us during onboarding.
"""
from __future__ import annotations

import ssl
from typing import Any

import httpx

PROCESSOR_MIN_TLS = ssl.TLSVersion.TLSv1_2


def build_ssl_context(ca_bundle: str | None, client_cert: str, client_key: str) -> ssl.SSLContext:
    """Verifying client context with our client certificate loaded."""
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.minimum_version = PROCESSOR_MIN_TLS
    ctx.load_cert_chain(certfile=client_cert, keyfile=client_key)
    return ctx


class ProcessorClient:
    """Authorise and capture card payments."""

    def __init__(self, base_url: str, ssl_context: ssl.SSLContext, timeout: float = 20.0) -> None:
        self._client = httpx.Client(base_url=base_url, verify=ssl_context, timeout=timeout)

    def authorize(self, token: str, amount_cents: int, currency: str, reference: str) -> dict[str, Any]:
        """Place a hold on the card represented by ``token``."""
        resp = self._client.post(
            "/v2/authorizations",
            json={"source": token, "amount": amount_cents, "currency": currency, "reference": reference},
        )
        resp.raise_for_status()
        return resp.json()

    def capture(self, authorization_id: str, amount_cents: int | None = None) -> dict[str, Any]:
        """Capture a previous authorisation, optionally for a smaller amount."""
        body = {} if amount_cents is None else {"amount": amount_cents}
        resp = self._client.post(f"/v2/authorizations/{authorization_id}/capture", json=body)
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()
