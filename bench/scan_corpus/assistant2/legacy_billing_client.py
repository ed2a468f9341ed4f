"""HTTP client for the legacy billing gateway.

The gateway still sits behind the old hardware load balancer, so we build
our own SSL context and mount it on the requests session.
"""
from __future__ import annotations

import ssl
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.poolmanager import PoolManager

# Negotiated with the gateway team; their balancer cannot do anything newer yet.
GATEWAY_MIN_TLS = ssl.TLSVersion.TLSv1


class GatewayAdapter(HTTPAdapter):
    """Transport adapter that applies the gateway's TLS settings."""

    def __init__(self, min_version: ssl.TLSVersion = GATEWAY_MIN_TLS, **kwargs: Any) -> None:
        self._min_version = min_version
        super().__init__(**kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        ctx = ssl.create_default_context()
        ctx.minimum_version = self._min_version
        pool_kwargs["ssl_context"] = ctx
        self.poolmanager = PoolManager(
            num_pools=connections, maxsize=maxsize, block=block, **pool_kwargs
        )


class BillingGatewayClient:
    """Small wrapper for the invoice and charge endpoints."""

    def __init__(self, base_url: str, api_token: str, timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"
        self.session.mount("https://", GatewayAdapter())

    def get_invoice(self, invoice_id: str) -> dict[str, Any]:
        """Fetch a single invoice by id."""
        resp = self.session.get(f"{self.base_url}/invoices/{invoice_id}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def post_charge(self, customer_id: str, amount_cents: int, currency: str = "EUR") -> str:
        """Create a charge and return the gateway's charge id."""
        payload = {"customer": customer_id, "amount": amount_cents, "currency": currency}
        resp = self.session.post(f"{self.base_url}/charges", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["id"]
