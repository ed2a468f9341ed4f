"""Refunds of commission deposits when a client cancels before the block is shaped."""
import logging
from dataclasses import dataclass

import stripe

from hatter.config import settings
from hatter.orders import Order, mark_refunded

log = logging.getLogger("hatter.payments")
stripe.api_key = settings.STRIPE_SECRET_KEY


@dataclass
class RefundOutcome:
    order_reference: str
    amount_pence: int
    card_hint: str
    succeeded: bool


def card_hint(payment_method: dict) -> str:
    card = payment_method.get("card", {})
    return f"{card.get('brand', 'card')} ending {card.get('last4', '????')}"


def refund_deposit(order: Order, reason: str = "requested_by_customer") -> RefundOutcome:
    intent = stripe.PaymentIntent.retrieve(order.deposit_intent_id, expand=["payment_method"])
    hint = card_hint(intent.payment_method)
    refund = stripe.Refund.create(payment_intent=intent.id, reason=reason)
    ok = refund.status in {"succeeded", "pending"}
    log.info(
        "refund %s for order %s: %s to %s (status %s)",
        refund.id, order.reference, refund.amount, hint, refund.status,
    )
    if ok:
        mark_refunded(order, refund_id=refund.id)
    return RefundOutcome(order.reference, refund.amount, hint, ok)


def refund_cancelled_orders(orders: list[Order]) -> list[RefundOutcome]:
    outcomes = []
    for order in orders:
        if order.block_shaped:
            log.info("order %s already shaped; deposit retained", order.reference)
            continue
        outcomes.append(refund_deposit(order))
    return outcomes
