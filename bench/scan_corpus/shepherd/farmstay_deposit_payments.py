"""Takes the booking deposit for farm-stay reservations.

The card details collected on the booking form are forwarded to the card
processor; only the processor's charge id is kept on our side.
"""
import logging
from decimal import Decimal

import httpx

from shepherd.farmstay.payments import processor_client
from shepherd.settings import settings

log = logging.getLogger("shepherd.farmstay.deposits")


class DepositDeclined(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _deposit_amount(booking) -> Decimal:
    fraction = Decimal(str(settings.deposit_fraction))
    return (booking.total * fraction).quantize(Decimal("0.01"))


def _charge_payload(booking, card: dict, amount: Decimal) -> dict:
    return {
        "amount": int(amount * 100),
        "currency": settings.currency,
        "reference": booking.reference,
        "description": f"Deposit {booking.cottage.name} {booking.arrive:%d %b}",
        "card": {
            "number": card["number"].replace(" ", ""),
            "exp_month": int(card["exp_month"]),
            "exp_year": int(card["exp_year"]),
            "cvc": card["cvc"],
            "name": card.get("name") or booking.guest_name,
        },
    }


async def take_deposit(booking, card: dict) -> str:
    amount = _deposit_amount(booking)
    payload = _charge_payload(booking, card, amount)
    log.info("submitting deposit for %s: %s", booking.reference, payload)
    async with processor_client() as client:
        try:
            resp = await client.post("/v1/charges", json=payload)
        except httpx.HTTPError:
            log.exception("processor unreachable for %s", booking.reference)
            raise
    body = resp.json()
    if resp.status_code != 201:
        raise DepositDeclined(body.get("code", "unknown"), body.get("message", "declined"))
    booking.deposit_charge_id = body["id"]
    booking.deposit_paid = amount
    log.info("deposit %s captured for %s", body["id"], booking.reference)
    return body["id"]
