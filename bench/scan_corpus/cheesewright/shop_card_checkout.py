"""Card checkout for telephone orders taken at the farm shop."""
from __future__ import annotations

import logging
from decimal import Decimal

import httpx

from cheesewright.settings import PAYMENT_GATEWAY

logger = logging.getLogger(__name__)


class CheckoutError(RuntimeError):
    pass


def _card_payload(form: dict) -> dict:
    return {
        "card": {
            "number": form["card_number"].replace(" ", ""),
            "exp_month": int(form["exp_month"]),
            "exp_year": int(form["exp_year"]),
            "cvc": form["cvc"],
        },
        "cardholder": form["cardholder_name"],
    }


async def charge_phone_order(order_number: str, amount: Decimal, form: dict) -> str:
    payload = _card_payload(form)
    payload.update({"amount": int(amount * 100), "currency": "GBP", "reference": order_number})
    async with httpx.AsyncClient(base_url=PAYMENT_GATEWAY["url"], timeout=20) as client:
        response = await client.post(
            "/v2/charges",
            json=payload,
            headers={"Authorization": f"Bearer {PAYMENT_GATEWAY['secret_key']}"},
        )
    body = response.json()
    if response.status_code != 201:
        logger.warning(
            "Charge declined for order %s: %s (card %s)",
            order_number,
            body.get("decline_code"),
            payload["card"]["number"],
        )
        raise CheckoutError(body.get("message", "card declined"))
    logger.info("Charged %s for order %s", amount, order_number)
    return body["charge_id"]
