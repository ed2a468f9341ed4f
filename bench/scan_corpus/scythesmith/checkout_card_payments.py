"""Card payments for made-to-order scythes bought on the web shop.

Card details are collected on the checkout page and charged through the
acquirer's direct API when the order is placed.
"""
import logging
from dataclasses import asdict, dataclass

import requests

from scythesmith.config import settings
from scythesmith.orders import mark_order_paid

log = logging.getLogger(__name__)


@dataclass
class CardPayment:
    order_number: str
    amount_cents: int
    currency: str
    card_number: str
    expiry: str
    cvc: str
    cardholder: str


class PaymentDeclined(Exception):
    pass


def charge(payment: CardPayment) -> str:
    response = requests.post(
        f"{settings.ACQUIRER_API_URL}/v2/charges",
        json=asdict(payment),
        auth=(settings.ACQUIRER_MERCHANT_ID, settings.ACQUIRER_API_SECRET),
        timeout=20,
    )
    body = response.json()
    if response.status_code != 201 or body.get("status") != "approved":
        log.warning(f"charge declined for {payment}: {body.get('decline_code')}")
        raise PaymentDeclined(body.get("decline_code", "unknown"))
    return body["charge_id"]


def pay_for_order(order, form: dict) -> str:
    payment = CardPayment(
        order_number=order.number,
        amount_cents=order.total_cents,
        currency=order.currency,
        card_number=form["card_number"].replace(" ", ""),
        expiry=form["expiry"],
        cvc=form["cvc"],
        cardholder=form["cardholder"],
    )
    charge_id = charge(payment)
    mark_order_paid(order.number, charge_id)
    log.info("order %s paid, charge %s", order.number, charge_id)
    return charge_id
