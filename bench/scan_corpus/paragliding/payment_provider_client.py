"""Thin client for the card payment provider used for tandem deposits and course fees."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Dict, Optional

import requests

log = logging.getLogger("payments.client")


@dataclass(frozen=True)
class PaymentSettings:
    base_url: str = field(default_factory=lambda: os.environ.get(
        "PAYMENTS_BASE_URL", "https://api.payments.example.com/v1"))
    secret_key: str = field(default_factory=lambda: os.environ["PAYMENTS_SECRET_KEY"])
    timeout_s: float = 15.0


class PaymentError(Exception):
    pass


class PaymentClient:
    def __init__(self, settings: Optional[PaymentSettings] = None) -> None:
        self.settings = settings or PaymentSettings()
        self.http = requests.Session()

    def _headers(self, idempotency_key: str) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self.settings.secret_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, body: dict) -> dict:
        url = f"{self.settings.base_url}{path}"
        headers = self._headers(str(uuid.uuid4()))
        log.debug("POST %s headers=%s body=%s", url, headers, body)
        resp = self.http.post(url, json=body, headers=headers, timeout=self.settings.timeout_s)
        if resp.status_code >= 400:
            raise PaymentError(f"{path} failed with status {resp.status_code}")
        return resp.json()

    def charge_deposit(self, booking_ref: str, amount: Decimal, card_token: str) -> str:
        cents = int((amount * 100).to_integral_value())
        result = self._post(
            "/charges",
            {
                "amount": cents,
                "currency": "eur",
                "source": card_token,
                "description": f"Tandem deposit {booking_ref}",
                "metadata": {"booking_ref": booking_ref},
            },
        )
        log.info("deposit charged for %s: %s", booking_ref, result.get("id"))
        return result["id"]

    def refund(self, charge_id: str, reason: str = "weather_cancellation") -> str:
        result = self._post("/refunds", {"charge": charge_id, "reason": reason})
        log.info("refund %s issued for charge %s", result.get("id"), charge_id)
        return result["id"]
