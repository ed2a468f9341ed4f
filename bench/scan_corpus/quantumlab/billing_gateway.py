"""Thin wrapper around the payment provider used for QPU credit top-ups."""
import logging
from decimal import Decimal

import stripe

log = logging.getLogger(__name__)

PAYMENT_CONFIG = {
    "api_version": "2023-10-16",
    "api_key": "sk_live_51NqLabQ7cT2vJx9RkPz3mWcYb8HdE4uFsLg1aKoTn0VrXiBy6jMp5eZh2wQs",
    "currency": "eur",
    "statement_descriptor": "QLAB CLOUD CREDITS",
}

stripe.api_key = PAYMENT_CONFIG["api_key"]
stripe.api_version = PAYMENT_CONFIG["api_version"]

CREDIT_PRICE_EUR = Decimal("0.35")


def create_topup_intent(customer_id: str, credits: int) -> dict:
    if credits <= 0 or credits > 100_000:
        raise ValueError("credits out of range")
    amount_cents = int((CREDIT_PRICE_EUR * credits * 100).to_integral_value())
    intent = stripe.PaymentIntent.create(
        amount=amount_cents,
        currency=PAYMENT_CONFIG["currency"],
        customer=customer_id,
        statement_descriptor_suffix=PAYMENT_CONFIG["statement_descriptor"][:22],
        metadata={"credits": str(credits)},
    )
    log.info("created top-up intent %s for %s (%d credits)", intent.id, customer_id, credits)
    return {"client_secret": intent.client_secret, "amount_cents": amount_cents}


def refund(payment_intent_id: str, reason: str = "requested_by_customer") -> str:
    r = stripe.Refund.create(payment_intent=payment_intent_id, reason=reason)
    return r.status
