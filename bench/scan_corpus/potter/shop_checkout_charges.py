"""Charge customers at checkout using the card processor's tokenised payments."""
import logging
from decimal import Decimal

import httpx

from potter.config import settings
from potter.orders import Order

logger = logging.getLogger("potter.checkout")


class ChargeDeclined(Exception):
    pass


async def charge_order(order: Order, payment_method_id: str) -> dict:
    amount_cents = int((order.total * Decimal(100)).to_integral_value())
    async with httpx.AsyncClient(
        base_url=settings.PAYMENTS_API_URL,
        auth=(settings.PAYMENTS_SECRET_KEY, ""),
        timeout=20,
    ) as client:
        resp = await client.post(
            "/v1/payment_intents",
            data={
                "amount": amount_cents,
                "currency": order.currency.lower(),
                "payment_method": payment_method_id,
                "confirm": "true",
                "metadata[order_ref]": order.reference,
            },
        )
    result = resp.json()
    if resp.status_code >= 400 or result.get("status") != "succeeded":
        logger.warning(
            "charge declined for order %s: %s",
            order.reference,
            result.get("error", {}).get("code", "unknown"),
        )
        raise ChargeDeclined(order.reference)

    card = result["charges"]["data"][0]["payment_method_details"]["card"]
    logger.info(
        "order %s charged %s %s on %s ending %s",
        order.reference,
        amount_cents,
        order.currency,
        card["brand"],
        card["last4"],
    )
    return {"intent_id": result["id"], "brand": card["brand"], "last4": card["last4"]}
