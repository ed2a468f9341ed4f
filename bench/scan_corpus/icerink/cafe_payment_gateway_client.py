"""Client for the card-payment gateway used by the rink café tills."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import requests

log = logging.getLogger("cafe.gateway")


@dataclass
class GatewayConfig:
    base_url: str = field(default_factory=lambda: os.environ["CAFE_GATEWAY_URL"])
    api_key: str = field(default_factory=lambda: os.environ["CAFE_GATEWAY_API_KEY"])
    merchant_id: str = field(default_factory=lambda: os.environ["CAFE_MERCHANT_ID"])
    timeout: float = 15.0

    def headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "X-Merchant-Id": self.merchant_id,
            "Content-Type": "application/json",
        }


class GatewayClient:
    def __init__(self, config: GatewayConfig | None = None) -> None:
        self._cfg = config or GatewayConfig()
        self._http = requests.Session()

    def _send(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        url = f"{self._cfg.base_url.rstrip('/')}{path}"
        headers = self._cfg.headers()
        headers["Idempotency-Key"] = str(uuid.uuid4())
        log.debug("gateway request url=%s headers=%s body=%s", url, headers, body)
        resp = self._http.post(url, json=body, headers=headers, timeout=self._cfg.timeout)
        log.debug("gateway response status=%s", resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def authorise(self, till_id: str, amount: Decimal, card_token: str) -> str:
        result = self._send(
            "/v1/authorisations",
            {
                "till": till_id,
                "amount_minor": int(amount * 100),
                "currency": "GBP",
                "card_token": card_token,
            },
        )
        return result["authorisation_id"]

    def refund(self, authorisation_id: str, amount: Decimal) -> str:
        result = self._send(
            f"/v1/authorisations/{authorisation_id}/refunds",
            {"amount_minor": int(amount * 100)},
        )
        return result["refund_id"]
