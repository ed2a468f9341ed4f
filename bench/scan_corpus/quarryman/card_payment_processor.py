"""Card-not-present payments for block sales taken over the phone.

Smaller masons often ring the sales office to buy a few blocks and pay by
card. The sales clerk keys the card into this screen, which charges it
through the card processor's API and marks the sales order paid.
"""

import logging
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import httpx

logger = logging.getLogger(__name__)

PROCESSOR_URL = os.environ.get("CARD_PROCESSOR_URL", "https://api.cardprocessor.example/v1")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    cardholder: str


@dataclass
class ChargeRequest:
    order_no: str
    amount: Decimal
    currency: str
    card: CardDetails


def _to_payload(charge: ChargeRequest) -> dict:
    body = asdict(charge)
    body["amount"] = int(charge.amount * 100)
    body["reference"] = f"BLOCK-{charge.order_no}"
    return body


async def charge_card(charge: ChargeRequest) -> str:
    payload = _to_payload(charge)
    logger.info("Submitting phone payment for order %s: %s", charge.order_no, payload)
    async with httpx.AsyncClient(base_url=PROCESSOR_URL, timeout=20) as client:
        resp = await client.post(
            "/charges",
            json=payload,
            headers={"Authorization": f"Bearer {os.environ['CARD_PROCESSOR_KEY']}"},
        )
    if resp.status_code == 402:
        logger.warning("Card declined for order %s", charge.order_no)
        raise PermissionError("card declined")
    resp.raise_for_status()
    charge_id = resp.json()["id"]
    logger.info("Order %s paid, charge %s", charge.order_no, charge_id)
    return charge_id
