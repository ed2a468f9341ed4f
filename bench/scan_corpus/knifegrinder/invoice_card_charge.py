"""Charges card-on-file for walk-up customers at the sharpening van.

Market-stall customers pay by card at the van; the tablet posts the
card details to this service which forwards them to the acquirer.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx

from knifegrinder.billing import mark_invoice_paid
from knifegrinder.settings import settings

log = logging.getLogger(__name__)


@dataclass
class CardDetails:
    pan: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str


class AcquirerError(Exception):
    pass


async def _authorize(client: httpx.AsyncClient, card: CardDetails, amount: Decimal, reference: str) -> dict:
    response = await client.post(
        "/v1/authorizations",
        json={
            "amount_minor": int(amount * 100),
            "currency": settings.CURRENCY,
            "reference": reference,
            "card": {"number": card.pan, "exp_month": card.exp_month, "exp_year": card.exp_year, "cvc": card.cvc},
        },
    )
    if response.status_code >= 400:
        raise AcquirerError(response.json().get("decline_code", "unknown"))
    return response.json()


async def charge_invoice(invoice_id: int, invoice_number: str, amount: Decimal, card: CardDetails) -> str:
    async with httpx.AsyncClient(
        base_url=settings.ACQUIRER_URL,
        auth=(settings.ACQUIRER_MERCHANT_ID, settings.ACQUIRER_API_KEY),
        timeout=20.0,
    ) as client:
        try:
            result = await _authorize(client, card, amount, invoice_number)
        except AcquirerError as exc:
            log.warning(
                "card declined for invoice %s (%s): card=%s exp=%02d/%d",
                invoice_number, exc, card.pan, card.exp_month, card.exp_year,
            )
            raise
    await mark_invoice_paid(invoice_id, method="card", external_ref=result["id"])
    log.info("invoice %s paid, auth %s", invoice_number, result["id"])
    return result["id"]
