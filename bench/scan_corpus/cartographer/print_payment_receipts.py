"""Receipts and audit trail for card payments on print orders."""
import logging
from dataclasses import dataclass
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape

from cartographer.mail import send_email

log = logging.getLogger("cartographer.payments")
env = Environment(loader=PackageLoader("cartographer", "templates"), autoescape=select_autoescape())


@dataclass
class CardSummary:
    brand: str
    number: str
    exp_month: int
    exp_year: int

    @property
    def masked(self) -> str:
        return f"{self.brand.upper()} **** {self.number[-4:]}"


def record_payment(order, card: CardSummary, payment_id: str) -> None:
    log.info("order %s paid %s via %s (payment %s)",
             order.id, Decimal(order.total_pence) / 100, card.masked, payment_id)


def send_receipt(order, card: CardSummary, payment_id: str) -> None:
    record_payment(order, card, payment_id)
    html = env.get_template("email/print_receipt.html").render(
        order=order,
        card_label=card.masked,
        payment_id=payment_id,
    )
    send_email(
        to=order.customer_email,
        subject=f"Receipt for map print order #{order.id}",
        html=html,
    )
