"""Refunds for farm shop card sales.

Returned baskets and cancelled weaving-workshop places are refunded to the
original card through the payment provider; staff see the last four digits
on the refund slip.
"""

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("osierbed.shop.refunds")

PROVIDER_URL = "https://api.payments-provider.example/v1"


@dataclass
class Sale:
    sale_id: str
    payment_id: str
    card_number: str
    amount_pence: int


def mask_card(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"**** **** **** {digits[-4:]}" if len(digits) >= 4 else "****"


def _client() -> httpx.Client:
    return httpx.Client(
        base_url=PROVIDER_URL,
        headers={"Authorization": f"Bearer {os.environ['PAYMENTS_API_KEY']}"},
        timeout=20.0,
    )


def refund_sale(sale: Sale, amount_pence: int, reason: str, staff_name: str) -> str:
    if amount_pence <= 0 or amount_pence > sale.amount_pence:
        raise ValueError("refund must be between 1p and the original sale amount")
    with _client() as client:
        resp = client.post(
            "/refunds",
            json={"payment": sale.payment_id, "amount": amount_pence, "reason": reason},
        )
        resp.raise_for_status()
        refund_id = resp.json()["id"]
    log.info(
        "refund %s of %dp on sale %s card %s by %s",
        refund_id, amount_pence, sale.sale_id, mask_card(sale.card_number), staff_name,
    )
    return refund_id
