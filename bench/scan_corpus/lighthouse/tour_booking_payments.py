"""Take deposits for guided lighthouse tours through the TourBook payment gateway."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("tours.payments")


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str = os.environ.get("TOURBOOK_API_URL", "")
    merchant_id: str = "LH-TRUST-0042"
    secret_key: str = "tbk_live_7Qm2vX9cR4pL8sN1wE6yH3jT5uB0aZdK"
    currency: str = "GBP"


class DepositService:
    def __init__(self, config: GatewayConfig | None = None) -> None:
        self.config = config or GatewayConfig()
        self.http = requests.Session()
        self.http.auth = (self.config.merchant_id, self.config.secret_key)

    def create_deposit(self, booking_ref: str, amount: Decimal, email: str) -> dict:
        payload = {
            "reference": booking_ref,
            "amount_minor": int(amount * 100),
            "currency": self.config.currency,
            "customer_email": email,
            "description": f"Tour deposit {booking_ref}",
        }
        resp = self.http.post(
            f"{self.config.base_url}/v1/payment_intents",
            json=payload,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=20,
        )
        resp.raise_for_status()
        intent = resp.json()
        log.info("deposit intent %s created for %s", intent["id"], booking_ref)
        return intent

    def refund(self, intent_id: str, reason: str = "tour_cancelled_weather") -> bool:
        resp = self.http.post(
            f"{self.config.base_url}/v1/payment_intents/{intent_id}/refund",
            json={"reason": reason},
            timeout=20,
        )
        if resp.status_code == 409:
            log.info("intent %s already refunded", intent_id)
            return False
        resp.raise_for_status()
        return True
