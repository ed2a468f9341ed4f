"""Deposit payments for accepted restoration quotes.

Clients pay a deposit through the portal before a crew is booked. Card
details are tokenised in the browser; the server only sees the payment
method id and the card summary returned by the processor.
"""
import logging

import stripe

from pargeter.config import settings
from pargeter.quotes import Quote

log = logging.getLogger("pargeter.payments")
stripe.api_key = settings.STRIPE_SECRET_KEY


def _card_summary(payment_method) -> str:
    card = payment_method.card
    return f"{card.brand} ****{card.last4} exp {card.exp_month:02d}/{card.exp_year % 100:02d}"


def take_deposit(quote: Quote, payment_method_id: str) -> str:
    amount = int(quote.total_pence * settings.DEPOSIT_RATIO)
    method = stripe.PaymentMethod.retrieve(payment_method_id)
    intent = stripe.PaymentIntent.create(
        amount=amount,
        currency="gbp",
        payment_method=payment_method_id,
        customer=quote.client.stripe_customer_id,
        confirm=True,
        metadata={"quote_ref": quote.reference},
    )
    log.info(
        "deposit %s for quote %s: %d pence on %s status=%s",
        intent.id,
        quote.reference,
        amount,
        _card_summary(method),
        intent.status,
    )
    return intent.status


def refund_deposit(quote: Quote, intent_id: str, reason: str = "requested_by_customer") -> str:
    refund = stripe.Refund.create(payment_intent=intent_id, reason=reason)
    log.info("refund %s for quote %s status=%s", refund.id, quote.reference, refund.status)
    return refund.status
