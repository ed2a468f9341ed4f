"""Thin wrapper around the card payment gateway for licence fees and day-let bookings."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests

logger = logging.getLogger("beachhuts.payments")


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "***"


@dataclass
class GatewayConfig:
    base_url: str = field(default_factory=lambda: os.environ["PAYMENT_GATEWAY_URL"])
    api_key: str = field(default_factory=lambda: os.environ["PAYMENT_GATEWAY_API_KEY"], repr=False)
    account: str = field(default_factory=lambda: os.environ.get("PAYMENT_GATEWAY_ACCOUNT", "beachhuts"))
    timeout: float = 15.0


class GatewaySession:
    def __init__(self, config: GatewayConfig | None = None):
        self.config = config or GatewayConfig()
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {self.config.api_key}"
        logger.info(
            "payment gateway session for account %s using key %s",
            self.config.account,
            _mask(self.config.api_key),
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url.rstrip('/')}{path}"
        logger.debug("%s %s (config=%r)", method, url, self.config)
        resp = self.http.request(method, url, timeout=self.config.timeout, **kwargs)
        if resp.status_code == 401:
            logger.error("gateway rejected key %s for account %s",
                         _mask(self.config.api_key), self.config.account)
        resp.raise_for_status()
        return resp.json()

    def take_payment(self, reference: str, amount: Decimal, description: str, return_url: str) -> str:
        body = self._request(
            "POST",
            "/v1/payments",
            json={
                "amount": int(amount * 100),
                "currency": "GBP",
                "reference": reference,
                "description": description,
                "return_url": return_url,
            },
        )
        logger.info("payment %s created for %s", body["payment_id"], reference)
        return body["_links"]["next_url"]

    def status(self, payment_id: str) -> str:
        return self._request("GET", f"/v1/payments/{payment_id}")["state"]["status"]
