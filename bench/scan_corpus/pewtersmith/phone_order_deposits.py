"""Deposits for phone orders taken at the shop counter.

Trophy secretaries often ring through a commission and pay the deposit by
card over the phone. The counter app sends the card details straight to the
acquirer's virtual-terminal endpoint; we only keep the charge reference.
"""
import logging
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

from .settings import ACQUIRER_URL, acquirer_key

logger = logging.getLogger(__name__)


class DepositDeclined(Exception):
    pass


@dataclass
class PhonePayment:
    commission_id: int
    cardholder: str
    pan: str = field(repr=False)
    expiry: str = field(repr=False)
    cvc: str = field(repr=False)
    amount: Decimal = Decimal("0")


def masked(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"**** {digits[-4:]}" if len(digits) >= 12 else "****"


async def take_deposit(payment: PhonePayment) -> str:
    body = {
        "merchant_reference": f"TC-{payment.commission_id}",
        "amount": str(payment.amount),
        "currency": "GBP",
        "channel": "moto",
        "card": {
            "number": payment.pan,
            "expiry": payment.expiry,
            "cvc": payment.cvc,
            "name": payment.cardholder,
        },
    }
    async with httpx.AsyncClient(base_url=ACQUIRER_URL, timeout=20.0) as client:
        resp = await client.post(
            "/virtual-terminal/charges",
            json=body,
            headers={"Authorization": f"Bearer {acquirer_key()}"},
        )
    result = resp.json()
    if resp.status_code != 201:
        logger.warning(
            "deposit declined for commission %s: %s",
            payment.commission_id, result.get("decline_code"),
        )
        raise DepositDeclined(result.get("message", "declined"))
    ref = result["charge_id"]
    logger.info("deposit %s taken for commission %s (card %s)", ref, payment.commission_id, masked(payment.pan))
    return ref
