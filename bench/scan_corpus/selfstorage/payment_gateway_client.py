"""Client for the payment gateway used by the kiosk and the tenant portal."""
from __future__ import annotations

import logging
import os
import time
import uuid
from dataclasses import dataclass, field

import requests

log = logging.getLogger("gateway.client")


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "***"


@dataclass
class GatewaySettings:
    base_url: str = field(default_factory=lambda: os.environ["GATEWAY_BASE_URL"])
    api_key: str = field(default_factory=lambda: os.environ["GATEWAY_API_KEY"], repr=False)
    merchant_id: str = field(default_factory=lambda: os.environ["GATEWAY_MERCHANT_ID"])
    timeout: float = 15.0


class GatewayError(RuntimeError):
    pass


class PaymentGatewayClient:
    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self._settings = settings or GatewaySettings()
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {self._settings.api_key}",
                "Gateway-Merchant": self._settings.merchant_id,
            }
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self._settings.base_url}{path}"
        started = time.monotonic()
        resp = self._session.request(method, url, timeout=self._settings.timeout, **kwargs)
        log.info(
            "%s %s -> %s in %.0f ms (key %s)",
            method, path, resp.status_code, (time.monotonic() - started) * 1000,
            _mask(self._settings.api_key),
        )
        if resp.status_code >= 400:
            raise GatewayError(f"{method} {path} failed with HTTP {resp.status_code}")
        return resp.json()

    def tokenize_card(self, encrypted_track: str, device_id: str) -> str:
        result = self._request(
            "POST", "/v2/tokens",
            json={"encrypted_track": encrypted_track, "device": device_id},
        )
        return result["token"]

    def authorize(self, token: str, amount_cents: int, reference: str) -> str:
        result = self._request(
            "POST", "/v2/authorizations",
            json={"token": token, "amount": amount_cents, "reference": reference},
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        log.info("authorized %d cents for %s (auth %s)", amount_cents, reference, result["id"])
        return result["id"]

    def void(self, authorization_id: str) -> None:
        self._request("POST", f"/v2/authorizations/{authorization_id}/void")
