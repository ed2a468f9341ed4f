"""Client for the card processor: creates deposit payment intents for harp commissions."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("harpmaker.payments")


def mask(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * (len(secret) - visible) + secret[-visible:]


@dataclass(frozen=True)
class GatewaySettings:
    api_base: str
    secret_key: str
    currency: str = "eur"

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(
            api_base=os.environ.get("PAYMENT_API_BASE", "https://api.stripe.com"),
            secret_key=os.environ["PAYMENT_SECRET_KEY"],
            currency=os.environ.get("PAYMENT_CURRENCY", "eur"),
        )


class PaymentGateway:
    def __init__(self, cfg: GatewaySettings) -> None:
        self.cfg = cfg
        self.http = requests.Session()
        self.http.auth = (cfg.secret_key, "")
        log.info("payment gateway %s configured with key %s", cfg.api_base, mask(cfg.secret_key))

    def create_deposit_intent(self, commission_id: int, amount: Decimal, email: str) -> dict:
        cents = int((amount * 100).to_integral_value())
        resp = self.http.post(
            f"{self.cfg.api_base}/v1/payment_intents",
            data={
                "amount": cents,
                "currency": self.cfg.currency,
                "receipt_email": email,
                "metadata[commission_id]": commission_id,
                "description": f"Deposit for harp commission #{commission_id}",
            },
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=15,
        )
        if resp.status_code >= 400:
            log.error(
                "deposit intent for commission %s failed: %s %s",
                commission_id,
                resp.status_code,
                resp.json().get("error", {}).get("code"),
            )
            resp.raise_for_status()
        intent = resp.json()
        log.info("created deposit intent %s for commission %s", intent["id"], commission_id)
        return {"id": intent["id"], "client_secret": intent["client_secret"]}

    def refund(self, intent_id: str, reason: str = "requested_by_customer") -> str:
        resp = self.http.post(
            f"{self.cfg.api_base}/v1/refunds",
            data={"payment_intent": intent_id, "reason": reason},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["status"]
