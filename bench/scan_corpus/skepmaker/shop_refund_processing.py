"""Refunds for shop orders returned or cancelled by customers."""
import logging

import stripe
from django.conf import settings
from django.db import transaction

from shop.models import Order, Refund

log = logging.getLogger("skepmaker.shop.refunds")
stripe.api_key = settings.STRIPE_SECRET_KEY


def masked_card(order: Order) -> str:
    return f"{order.card_brand} ending {order.card_last4}"


@transaction.atomic
def refund_order(order: Order, amount_pence: int | None = None, reason: str = "requested_by_customer") -> Refund:
    amount = amount_pence or order.total_pence
    if amount > order.refundable_pence:
        raise ValueError("refund exceeds refundable amount")
    result = stripe.Refund.create(
        payment_intent=order.payment_intent_id,
        amount=amount,
        reason=reason,
        idempotency_key=f"refund-{order.reference}-{amount}",
    )
    refund = Refund.objects.create(
        order=order,
        amount_pence=amount,
        provider_id=result["id"],
        status=result["status"],
    )
    order.refundable_pence -= amount
    order.save(update_fields=["refundable_pence"])
    log.info(
        "refund %s of %d pence issued for order %s to %s",
        result["id"], amount, order.reference, masked_card(order),
    )
    return refund


def refund_cancelled_course_orders(course_id: int) -> int:
    count = 0
    for order in Order.objects.filter(course_id=course_id, status="paid"):
        refund_order(order, reason="requested_by_customer")
        count += 1
    return count
