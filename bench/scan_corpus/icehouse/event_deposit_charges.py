"""Takes the refundable deposit for ice sculptures and chest freezers
loaned out to event customers.

The sales desk keys the card details in from the phone order form; the
payment gateway returns a charge id or a decline code.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

logger = logging.getLogger("icehouse.events.deposits")

GATEWAY_URL = os.environ.get("PAYMENT_GATEWAY_URL", "https://gateway.payments.example/v1")


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str


@dataclass
class DepositResult:
    ok: bool
    charge_id: str | None = None
    decline_code: str | None = None


async def charge_deposit(order_ref: str, card: CardDetails, amount: Decimal) -> DepositResult:
    async with httpx.AsyncClient(
        base_url=GATEWAY_URL,
        auth=(os.environ["PAYMENT_GATEWAY_KEY"], ""),
        timeout=30.0,
    ) as client:
        resp = await client.post(
            "/charges",
            data={
                "amount": int(amount * 100),
                "currency": "eur",
                "description": f"Deposit {order_ref}",
                "card[number]": card.number,
                "card[exp_month]": card.exp_month,
                "card[exp_year]": card.exp_year,
                "card[cvc]": card.cvc,
                "capture": "false",
            },
        )
    body = resp.json()
    if resp.status_code == 200 and body.get("status") == "authorized":
        logger.info("deposit authorised order=%s amount=%s charge=%s", order_ref, amount, body["id"])
        return DepositResult(ok=True, charge_id=body["id"])

    code = body.get("error", {}).get("decline_code", "unknown")
    logger.warning("deposit declined order=%s card=%s amount=%s code=%s", order_ref, card.number, amount, code)
    return DepositResult(ok=False, decline_code=code)
