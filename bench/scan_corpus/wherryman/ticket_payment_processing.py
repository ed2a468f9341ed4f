"""Card payments taken at the quayside ticket office.

The office terminal hands card details to this service, which forwards
them to the acquirer's gateway and records the outcome against the
ticket sale.
"""
import logging
from dataclasses import asdict, dataclass

import httpx

from wherryman.settings import settings

logger = logging.getLogger("wherryman.payments")


@dataclass
class CardDetails:
    pan: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


def _gateway_payload(sale_id: str, amount_pence: int, card: CardDetails) -> dict:
    return {
        "merchant_ref": sale_id,
        "amount": amount_pence,
        "currency": "GBP",
        "card": asdict(card),
        "channel": "cardholder_present",
    }


async def charge(sale_id: str, amount_pence: int, card: CardDetails) -> dict:
    payload = _gateway_payload(sale_id, amount_pence, card)
    logger.info("submitting payment for sale %s", sale_id, extra={"payload": payload})
    async with httpx.AsyncClient(base_url=settings.ACQUIRER_URL, timeout=30) as client:
        resp = await client.post(
            "/v2/payments",
            json=payload,
            headers={"Authorization": f"Bearer {settings.ACQUIRER_API_KEY}"},
        )
    resp.raise_for_status()
    result = resp.json()
    logger.info("sale %s payment %s status=%s", sale_id, result.get("id"), result.get("status"))
    return result


async def refund(payment_id: str, amount_pence: int) -> dict:
    async with httpx.AsyncClient(base_url=settings.ACQUIRER_URL, timeout=30) as client:
        resp = await client.post(
            f"/v2/payments/{payment_id}/refunds",
            json={"amount": amount_pence},
            headers={"Authorization": f"Bearer {settings.ACQUIRER_API_KEY}"},
        )
    resp.raise_for_status()
    return resp.json()
