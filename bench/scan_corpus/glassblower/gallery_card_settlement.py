"""End-of-day settlement of card payments taken at the gallery counter."""

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hotshop.accounts import post_settlement
from hotshop.gateway import list_captured_payments

logger = logging.getLogger("hotshop.gallery.settlement")


@dataclass
class CapturedPayment:
    payment_id: str
    amount: Decimal
    card_brand: str
    card_number: str
    sale_ref: str


def masked(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch.isdigit())
    return f"**** **** **** {digits[-4:]}" if len(digits) >= 4 else "****"


def settle_day(day: date) -> Decimal:
    payments = [CapturedPayment(**p) for p in list_captured_payments(day)]
    total = Decimal("0")
    by_brand: dict[str, Decimal] = {}
    for payment in payments:
        total += payment.amount
        by_brand[payment.card_brand] = by_brand.get(payment.card_brand, Decimal("0")) + payment.amount
        logger.info(
            "settling %s %s %s card=%s",
            payment.sale_ref,
            payment.amount,
            payment.card_brand,
            masked(payment.card_number),
        )
    post_settlement(day, total, by_brand)
    logger.info("settled %d gallery card payments on %s totalling %s", len(payments), day, total)
    return total
