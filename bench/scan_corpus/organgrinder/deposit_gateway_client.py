"""Client for the card gateway that takes hire deposits and refunds them after events."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Dict

import httpx

log = logging.getLogger("organgrinder.gateway")


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    api_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ.get("GATEWAY_URL", "https://api.paygate.example/v2"),
            api_key=os.environ["GATEWAY_API_KEY"],
        )


class DepositGateway:
    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self.client = httpx.Client(base_url=config.base_url, timeout=config.timeout)

    def _headers(self, idempotency_key: str) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_key}",
            "Idempotency-Key": idempotency_key,
            "Accept": "application/json",
        }

    def _post(self, path: str, body: Dict[str, Any]) -> Dict[str, Any]:
        headers = self._headers(str(uuid.uuid4()))
        log.debug("POST %s body=%s headers=%s", path, body, headers)
        response = self.client.post(path, json=body, headers=headers)
        log.info("POST %s -> %s", path, response.status_code)
        response.raise_for_status()
        return response.json()

    def charge_deposit(self, booking_ref: str, amount: Decimal, card_token: str) -> str:
        result = self._post(
            "/charges",
            {
                "amount": int(amount * 100),
                "currency": "gbp",
                "source": card_token,
                "description": f"Organ hire deposit {booking_ref}",
                "metadata": {"booking_ref": booking_ref},
            },
        )
        return result["id"]

    def refund_deposit(self, charge_id: str, amount: Decimal | None = None) -> str:
        body: Dict[str, Any] = {"charge": charge_id}
        if amount is not None:
            body["amount"] = int(amount * 100)
        return self._post("/refunds", body)["id"]

    def close(self) -> None:
        self.client.close()
