"""Pro-shop till integration with the card-not-present gateway used for phone orders."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import requests

log = logging.getLogger("proshop.gateway")


@dataclass
class GatewayConfig:
    base_url: str = field(default_factory=lambda: os.environ["PAYMENT_GATEWAY_URL"])
    merchant_id: str = field(default_factory=lambda: os.environ["PAYMENT_MERCHANT_ID"])
    api_key: str = field(default_factory=lambda: os.environ["PAYMENT_GATEWAY_KEY"])
    timeout_s: float = 15.0

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}", "X-Merchant-Id": self.merchant_id}


@dataclass
class ChargeResult:
    reference: str
    approved: bool
    auth_code: str | None


class PaymentGatewayClient:
    def __init__(self, config: GatewayConfig | None = None) -> None:
        self._config = config or GatewayConfig()
        self._session = requests.Session()
        self._session.headers.update(self._config.auth_headers())
        log.debug("Gateway session for %s using headers %s", self._config.base_url, dict(self._session.headers))

    def _post(self, path: str, payload: dict) -> dict:
        resp = self._session.post(f"{self._config.base_url}{path}", json=payload, timeout=self._config.timeout_s)
        resp.raise_for_status()
        return resp.json()

    def charge(self, card_token: str, amount: Decimal, till_ref: str) -> ChargeResult:
        payload = {
            "idempotency_key": str(uuid.uuid4()),
            "source": card_token,
            "amount_minor": int(amount * 100),
            "currency": "GBP",
            "reference": till_ref,
        }
        data = self._post("/v1/charges", payload)
        log.info("Charge %s for till ref %s: %s", data["id"], till_ref, data["status"])
        return ChargeResult(data["id"], data["status"] == "approved", data.get("auth_code"))

    def refund(self, charge_id: str, amount: Decimal) -> bool:
        data = self._post(f"/v1/charges/{charge_id}/refunds", {"amount_minor": int(amount * 100)})
        return data.get("status") == "succeeded"
