"""Capture of commission deposits taken over the phone.

The front desk keys card details into the office terminal; the deposit is
charged through the payment gateway and recorded against the order.
"""
import logging
from decimal import Decimal

import stripe

from coppersmith.orders import mark_deposit_paid
from coppersmith.settings import settings

log = logging.getLogger(__name__)

stripe.api_key = settings.STRIPE_SECRET_KEY


def _card_params(form: dict) -> dict:
    return {
        "number": form["card_number"].replace(" ", ""),
        "exp_month": int(form["exp_month"]),
        "exp_year": int(form["exp_year"]),
        "cvc": form["cvc"],
    }


def capture_deposit(order_id: int, amount: Decimal, form: dict) -> str:
    card = _card_params(form)
    try:
        method = stripe.PaymentMethod.create(type="card", card=card)
        intent = stripe.PaymentIntent.create(
            amount=int(amount * 100),
            currency="eur",
            payment_method=method.id,
            confirm=True,
            metadata={"order_id": order_id, "kind": "deposit"},
        )
    except stripe.error.CardError as exc:
        log.warning(
            "deposit declined for order %s card=%s exp=%s/%s: %s",
            order_id, card["number"], card["exp_month"], card["exp_year"], exc.user_message,
        )
        raise
    mark_deposit_paid(order_id, intent.id, amount)
    return intent.id
