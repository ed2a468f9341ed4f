"""Builds and records counter receipts after a card payment has been taken."""

import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from workshop.printing import ReceiptPrinter

logger = logging.getLogger(__name__)


@dataclass
class CardPayment:
    order_ref: str
    amount: Decimal
    card_number: str
    card_brand: str
    auth_code: str
    taken_at: datetime


def masked_pan(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch.isdigit())
    return f"**** **** **** {digits[-4:]}"


def receipt_lines(payment: CardPayment) -> list[str]:
    return [
        "SILVER & HALLMARK WORKSHOP",
        payment.taken_at.strftime("%d %b %Y %H:%M"),
        f"Order: {payment.order_ref}",
        f"{payment.card_brand} {masked_pan(payment.card_number)}",
        f"Amount: GBP {payment.amount:.2f}",
        f"Auth code: {payment.auth_code}",
        "Thank you",
    ]


def print_receipt(payment: CardPayment, printer: ReceiptPrinter) -> None:
    printer.print_lines(receipt_lines(payment))
    logger.info(
        "Receipt printed for order %s, %s card ending %s, amount %.2f",
        payment.order_ref, payment.card_brand, payment.card_number[-4:], payment.amount,
    )
