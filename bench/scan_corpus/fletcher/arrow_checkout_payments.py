"""Card payments for custom arrow orders placed in the web shop."""
from __future__ import annotations

import logging
from decimal import Decimal

import httpx

from fletcher.conf import settings
from fletcher.orders.models import Order

log = logging.getLogger(__name__)


class PaymentDeclined(Exception):
    pass


def build_charge_request(order: Order, card: dict) -> dict:
    return {
        "amount": int(order.total * Decimal(100)),
        "currency": order.currency.lower(),
        "reference": order.number,
        "card": {
            "number": card["number"].replace(" ", ""),
            "exp_month": int(card["exp_month"]),
            "exp_year": int(card["exp_year"]),
            "cvc": card["cvc"],
            "name": card.get("name", order.billing_name),
        },
        "billing_postcode": order.billing_postcode,
    }


async def charge_order(order: Order, card: dict) -> str:
    payload = build_charge_request(order, card)
    log.info("submitting charge for order %s: %s", order.number, payload)
    async with httpx.AsyncClient(base_url=settings.PAYMENT_GATEWAY_URL, timeout=20) as client:
        resp = await client.post(
            "/v1/charges",
            json=payload,
            headers={"Authorization": f"Bearer {settings.PAYMENT_GATEWAY_KEY}"},
        )
    body = resp.json()
    if resp.status_code == 402:
        log.warning("charge declined for order %s: %s", order.number, body.get("decline_code"))
        raise PaymentDeclined(body.get("message", "card declined"))
    resp.raise_for_status()
    log.info("charge %s captured for order %s", body["id"], order.number)
    return body["id"]
