"""Take card deposits when a client books a start date.

Small domestic jobs need a 25% deposit to secure the booking; the office
keys the card details over the phone into this screen, which passes them to
the payment gateway and records the result against the quote.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP

import httpx

log = logging.getLogger("payments.deposits")

GATEWAY_URL = "https://api.paymentgateway.co.uk/v1/charges"
DEPOSIT_RATE = Decimal("0.25")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


class DepositDeclined(Exception):
    pass


def deposit_for(quote_total: Decimal) -> Decimal:
    return (quote_total * DEPOSIT_RATE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def charge_deposit(quote_ref: str, quote_total: Decimal, card: CardDetails) -> str:
    amount = deposit_for(quote_total)
    payload = {
        "amount": int(amount * 100),
        "currency": "gbp",
        "description": f"Deposit for plastering quote {quote_ref}",
        "card": {
            "number": card.number,
            "exp_month": card.expiry_month,
            "exp_year": card.expiry_year,
            "cvc": card.cvc,
            "name": card.holder,
        },
    }
    headers = {"Authorization": f"Bearer {os.environ['PAYMENT_GATEWAY_KEY']}"}
    resp = httpx.post(GATEWAY_URL, json=payload, headers=headers, timeout=30)
    data = resp.json()
    if resp.status_code != 200 or data.get("status") != "succeeded":
        reason = data.get("error", {}).get("message", "unknown")
        log.warning("deposit declined for quote %s card %s exp %02d/%d: %s",
                    quote_ref, card.number, card.expiry_month, card.expiry_year, reason)
        raise DepositDeclined(reason)
    log.info("deposit of £%s taken for quote %s (charge %s)", amount, quote_ref, data["id"])
    return data["id"]
