"""Take booking deposits from clients for rigging crews and kit hire.

Card details are collected on the portal checkout page and passed straight
to the payment gateway's charge endpoint; we keep only the gateway's
charge id and the last four digits.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("highline.payments")

GATEWAY_URL = "https://api.paygate-eu.com/v1/charges"


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str


@dataclass
class DepositResult:
    charge_id: str
    last4: str
    amount: Decimal


class DepositError(Exception):
    pass


async def charge_deposit(booking_ref: str, amount: Decimal, card: CardDetails) -> DepositResult:
    payload = {
        "amount": int(amount * 100),
        "currency": "EUR",
        "description": f"Rigging deposit {booking_ref}",
        "card": {
            "number": card.number,
            "exp_month": card.exp_month,
            "exp_year": card.exp_year,
            "cvc": card.cvc,
            "name": card.holder,
        },
    }
    headers = {"Authorization": f"Bearer {os.environ['PAYGATE_API_KEY']}"}
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.post(GATEWAY_URL, json=payload, headers=headers)
    if resp.status_code != 201:
        log.warning("deposit declined for %s, card %s: %s", booking_ref, card.number, resp.text[:200])
        raise DepositError(resp.json().get("message", "payment declined"))
    charge = resp.json()
    log.info("deposit %s charged for %s", charge["id"], booking_ref)
    return DepositResult(charge["id"], card.number[-4:], amount)
