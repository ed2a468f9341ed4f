"""Receipts for card payments taken at the workshop counter."""

import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape

logger = logging.getLogger("clogmaker.receipts")

env = Environment(loader=PackageLoader("clogmaker", "templates"), autoescape=select_autoescape())


@dataclass
class CardPayment:
    transaction_id: str
    card_number: str
    card_brand: str
    amount: Decimal
    paid_at: datetime
    customer_name: str


def masked_pan(card_number: str) -> str:
    digits = "".join(ch for ch in card_number if ch.isdigit())
    return "**** **** **** " + digits[-4:]


def render_receipt(payment: CardPayment, items: list[dict]) -> str:
    template = env.get_template("receipt.html")
    return template.render(
        customer=payment.customer_name,
        card=f"{payment.card_brand} {masked_pan(payment.card_number)}",
        amount=payment.amount,
        paid_at=payment.paid_at,
        items=items,
        transaction_id=payment.transaction_id,
    )


def issue_receipt(payment: CardPayment, items: list[dict], printer) -> None:
    html = render_receipt(payment, items)
    printer.print_html(html)
    logger.info(
        "Receipt printed for %s, %s %s, amount %s",
        payment.transaction_id,
        payment.card_brand,
        masked_pan(payment.card_number),
        payment.amount,
    )
