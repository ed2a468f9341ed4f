"""Take deposits for bespoke glove commissions at the fitting studio.

Bespoke orders (made-to-measure driving and equestrian gloves) need a 40%
deposit when the customer signs off the measurement sheet.
"""
import logging
import os
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import httpx

log = logging.getLogger("studio.payments")

DEPOSIT_RATE = Decimal("0.40")
GATEWAY_URL = "https://api.payments-gateway.com/v1/charges"


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


def deposit_for(quote_total: Decimal) -> Decimal:
    return (quote_total * DEPOSIT_RATE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class DepositTaker:
    def __init__(self, client: httpx.Client = None):
        self.client = client or httpx.Client(timeout=30.0)
        self.api_key = os.environ["PAYMENT_GATEWAY_KEY"]

    def charge(self, commission_ref: str, quote_total: Decimal, card: CardDetails) -> str:
        amount = deposit_for(quote_total)
        resp = self.client.post(
            GATEWAY_URL,
            headers={"Authorization": f"Bearer {self.api_key}"},
            json={
                "amount": str(amount),
                "currency": "GBP",
                "reference": commission_ref,
                "card": {
                    "number": card.number,
                    "exp_month": card.expiry_month,
                    "exp_year": card.expiry_year,
                    "cvc": card.cvc,
                    "name": card.holder,
                },
            },
        )
        if resp.status_code == 402:
            reason = resp.json().get("decline_code", "unknown")
            log.warning("deposit declined for %s: card %s, reason %s", commission_ref, card.number, reason)
            raise PermissionError(f"card declined ({reason})")
        resp.raise_for_status()
        charge_id = resp.json()["id"]
        log.info("deposit %s taken for %s (charge %s)", amount, commission_ref, charge_id)
        return charge_id
