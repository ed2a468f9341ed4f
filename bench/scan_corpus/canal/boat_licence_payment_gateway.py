"""Card payment gateway adapter for boat licence renewals."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

logger = logging.getLogger("licensing.payments")


@dataclass
class GatewaySettings:
    merchant_id: str
    api_key: str
    endpoint: str
    currency: str = "GBP"
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(
            merchant_id=os.environ["PAYMENT_MERCHANT_ID"],
            api_key=os.environ["PAYMENT_API_KEY"],
            endpoint=os.environ["PAYMENT_API_URL"],
        )


class LicencePaymentGateway:
    def __init__(self, settings: GatewaySettings) -> None:
        self.settings = settings
        self.client = httpx.Client(
            base_url=settings.endpoint,
            headers={"Authorization": f"Bearer {settings.api_key}"},
            timeout=settings.timeout,
        )
        logger.info("payment gateway ready: %s", self.settings)

    def charge(self, licence_no: str, amount: Decimal, card_token: str) -> str:
        payload = {
            "merchant": self.settings.merchant_id,
            "amount_minor": int(amount * 100),
            "currency": self.settings.currency,
            "source": card_token,
            "reference": f"LIC-{licence_no}",
        }
        resp = self.client.post("/charges", json=payload)
        if resp.status_code != 201:
            logger.warning("charge declined for licence %s: %s", licence_no, resp.status_code)
            resp.raise_for_status()
        return resp.json()["charge_id"]


def renew_licence(licence_no: str, boat_length_m: float, card_token: str) -> str:
    rate = Decimal("68.40") if boat_length_m > 12 else Decimal("52.10")
    amount = (rate * Decimal(str(boat_length_m))).quantize(Decimal("0.01"))
    gateway = LicencePaymentGateway(GatewaySettings.from_env())
    return gateway.charge(licence_no, amount, card_token)
