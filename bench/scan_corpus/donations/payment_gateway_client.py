"""Thin client for the card payment gateway used by the donation form.

The gateway requires mutual TLS: we present the client certificate issued
to the charity and pin the gateway's CA bundle.
"""

import os
import ssl
from decimal import Decimal

import httpx


class GatewayError(RuntimeError):
    pass


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ["GATEWAY_CA_BUNDLE"])
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(
        certfile=os.environ["GATEWAY_CLIENT_CERT"],
        keyfile=os.environ["GATEWAY_CLIENT_KEY"],
    )
    return ctx


class PaymentGatewayClient:
    def __init__(self, base_url: str | None = None, timeout: float = 20.0):
        self._client = httpx.Client(
            base_url=base_url or os.environ["GATEWAY_BASE_URL"],
            verify=_ssl_context(),
            timeout=timeout,
        )

    def authorise(self, card_token: str, amount: Decimal, currency: str = "GBP") -> dict:
        resp = self._client.post(
            "/v2/authorisations",
            json={"token": card_token, "amount": str(amount), "currency": currency},
        )
        if resp.status_code >= 400:
            raise GatewayError(f"authorisation failed with HTTP {resp.status_code}")
        return resp.json()

    def refund(self, payment_id: str, amount: Decimal) -> dict:
        resp = self._client.post(f"/v2/payments/{payment_id}/refunds", json={"amount": str(amount)})
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()
