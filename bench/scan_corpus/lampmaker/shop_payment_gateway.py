"""Take card payments for online shop orders through the payment gateway."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("shop.payments")

GATEWAY_URL = "https://api.payments-gateway.example/v1/charges"


@dataclass
class CardDetails:
    number: str
    expiry: str
    cvc: str
    holder: str

    @property
    def masked(self) -> str:
        digits = self.number.replace(" ", "")
        return f"**** **** **** {digits[-4:]}"


class PaymentError(Exception):
    pass


def _pence(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


def charge(order_ref: str, amount: Decimal, card: CardDetails) -> str:
    payload = {
        "amount": _pence(amount),
        "currency": "gbp",
        "reference": order_ref,
        "card": {"number": card.number, "exp": card.expiry, "cvc": card.cvc, "name": card.holder},
    }
    headers = {"Authorization": f"Bearer {os.environ['PAYMENT_GATEWAY_KEY']}"}
    log.info("charging %s for order %s on card %s", amount, order_ref, card.masked)
    try:
        resp = httpx.post(GATEWAY_URL, json=payload, headers=headers, timeout=20)
    except httpx.TransportError as exc:
        log.warning("gateway unreachable for order %s: %s", order_ref, type(exc).__name__)
        raise PaymentError("payment service unavailable") from exc
    if resp.status_code == 402:
        reason = resp.json().get("decline_code", "declined")
        log.info("card %s declined for order %s: %s", card.masked, order_ref, reason)
        raise PaymentError(reason)
    resp.raise_for_status()
    charge_id = resp.json()["id"]
    log.info("order %s paid, charge %s", order_ref, charge_id)
    return charge_id
