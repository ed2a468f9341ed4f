"""Card payments for trade counter sales of leaf, shell gold and tools."""
import logging
from decimal import Decimal

import httpx

from goldbeater.settings import CARD_GATEWAY_URL, CARD_GATEWAY_KEY

logger = logging.getLogger(__name__)


class CardDeclined(Exception):
    pass


def build_charge(order, card: dict) -> dict:
    return {
        "amount": int(Decimal(order.total) * 100),
        "currency": order.currency,
        "reference": order.number,
        "card": {
            "number": card["number"].replace(" ", ""),
            "exp_month": card["exp_month"],
            "exp_year": card["exp_year"],
            "cvc": card["cvc"],
            "name": card.get("name", ""),
        },
    }


async def charge_counter_sale(order, card: dict) -> str:
    payload = build_charge(order, card)
    async with httpx.AsyncClient(base_url=CARD_GATEWAY_URL, timeout=15.0) as client:
        resp = await client.post(
            "/v2/charges", json=payload, headers={"Authorization": f"Bearer {CARD_GATEWAY_KEY}"}
        )
    body = resp.json()
    if resp.status_code != 201:
        logger.warning("charge for order %s declined: %s payload=%s", order.number, body.get("code"), payload)
        raise CardDeclined(body.get("message", "declined"))
    logger.info("charged order %s: %s", order.number, body["id"])
    return body["id"]
