"""Checkout flow for the online honey shop.

Card details are tokenised in the browser by the payment provider; this
module receives the token, creates the payment and records the order.
"""
import logging
from decimal import Decimal

import stripe
from django.conf import settings
from django.db import transaction

from shop.models import Order

logger = logging.getLogger("shop.checkout")


def describe_card(payment_method) -> str:
    card = payment_method.card
    return f"{card.brand} ending {card.last4} exp {card.exp_month:02d}/{card.exp_year % 100:02d}"


def _amount_minor(total: Decimal) -> int:
    return int((total * 100).quantize(Decimal("1")))


@transaction.atomic
def checkout(order: Order, payment_method_id: str) -> Order:
    stripe.api_key = settings.STRIPE_SECRET_KEY
    method = stripe.PaymentMethod.retrieve(payment_method_id)
    intent = stripe.PaymentIntent.create(
        amount=_amount_minor(order.total),
        currency="gbp",
        payment_method=payment_method_id,
        confirm=True,
        metadata={"order_ref": order.reference},
        idempotency_key=f"order-{order.reference}",
    )
    logger.info(
        "Order %s paid with %s, intent=%s status=%s",
        order.reference,
        describe_card(method),
        intent.id,
        intent.status,
    )
    order.payment_intent_id = intent.id
    order.status = "paid" if intent.status == "succeeded" else "pending"
    order.save(update_fields=["payment_intent_id", "status"])
    return order
