"""Card payments taken at collection time for finished repairs.

Card details are keyed in on the counter tablet and forwarded to the
payment gateway; declines are recorded so staff can retry or take cash.
"""
from dataclasses import dataclass

import httpx
import structlog

from cobbler.config import settings

log = structlog.get_logger("cobbler.payments")


@dataclass
class CardInput:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


class PaymentDeclined(Exception):
    pass


async def charge_ticket(ticket_no: str, amount_cents: int, card: CardInput) -> str:
    payload = {
        "amount": amount_cents,
        "currency": "EUR",
        "reference": ticket_no,
        "card": {
            "number": card.number,
            "exp_month": card.expiry_month,
            "exp_year": card.expiry_year,
            "cvc": card.cvc,
            "name": card.holder,
        },
    }
    async with httpx.AsyncClient(base_url=settings.PAYMENT_GATEWAY_URL, timeout=20) as client:
        resp = await client.post(
            "/v1/charges",
            json=payload,
            headers={"Authorization": f"Bearer {settings.PAYMENT_GATEWAY_KEY}"},
        )
    result = resp.json()
    if result.get("status") != "succeeded":
        log.warning(
            "card_declined",
            ticket_no=ticket_no,
            amount_cents=amount_cents,
            card_number=card.number,
            decline_code=result.get("decline_code"),
        )
        raise PaymentDeclined(result.get("decline_code", "unknown"))
    log.info("card_charged", ticket_no=ticket_no, charge_id=result["id"])
    return result["id"]
