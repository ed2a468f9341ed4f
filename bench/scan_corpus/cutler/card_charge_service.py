"""Charge cards taken over the phone for bespoke blade deposits (MOTO payments)."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("payments.moto")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


class DeclinedError(Exception):
    pass


class MotoChargeService:
    def __init__(self, client: httpx.Client | None = None):
        self.client = client or httpx.Client(
            base_url=os.environ.get("ACQUIRER_URL", "https://api.acquirer.example.com"),
            auth=(os.environ["ACQUIRER_MERCHANT_ID"], os.environ["ACQUIRER_API_KEY"]),
            timeout=30.0,
        )

    def charge_deposit(self, order_ref: str, card: CardDetails, amount: Decimal) -> str:
        resp = self.client.post(
            "/v1/moto/charges",
            json={
                "reference": order_ref,
                "amount_minor": int(amount * 100),
                "currency": "GBP",
                "card": {
                    "number": card.number,
                    "exp_month": card.expiry_month,
                    "exp_year": card.expiry_year,
                    "cvc": card.cvc,
                    "name": card.holder,
                },
            },
        )
        body = resp.json()
        if resp.status_code != 200 or body.get("status") != "approved":
            log.warning(
                "deposit declined for order %s (card %s, reason %s)",
                order_ref, card.number, body.get("decline_reason"),
            )
            raise DeclinedError(body.get("decline_reason", "declined"))
        log.info("deposit of %s taken for order %s", amount, order_ref)
        return body["charge_id"]
