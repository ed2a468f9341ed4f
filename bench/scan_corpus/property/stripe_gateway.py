"""Rent collection through Stripe: customers, ACH debits and card payments."""
import logging
import os
from decimal import Decimal

import stripe

log = logging.getLogger(__name__)

STRIPE_CONFIG = {
    "api_key": os.environ.get("STRIPE_SECRET_KEY", "sk_live_51NqR8vKfT2bWcX9mLp3Ze7YhQ0aJdGs4uVnR6tBxE1yCkMwH8oPi5LgS2fDvNzA7qTe9UjXb0Kc"),
    "api_version": "2023-10-16",
    "max_network_retries": 2,
}

stripe.api_key = STRIPE_CONFIG["api_key"]
stripe.api_version = STRIPE_CONFIG["api_version"]
stripe.max_network_retries = STRIPE_CONFIG["max_network_retries"]


def _to_cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


def ensure_customer(tenant) -> str:
    if tenant.stripe_customer_id:
        return tenant.stripe_customer_id
    customer = stripe.Customer.create(
        email=tenant.email,
        name=tenant.full_name,
        metadata={"tenant_id": str(tenant.id)},
    )
    tenant.stripe_customer_id = customer.id
    tenant.save(update_fields=["stripe_customer_id"])
    return customer.id


def charge_rent(tenant, lease, amount: Decimal, payment_method_id: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=_to_cents(amount),
        currency="usd",
        customer=ensure_customer(tenant),
        payment_method=payment_method_id,
        payment_method_types=["us_bank_account", "card"],
        confirm=True,
        metadata={"lease_id": str(lease.id), "period": lease.current_period.isoformat()},
        idempotency_key=f"rent-{lease.id}-{lease.current_period.isoformat()}",
    )
    log.info("Created payment intent %s for lease %s (%s)", intent.id, lease.id, intent.status)
    return intent.id


def refund(payment_intent_id: str, amount: Decimal | None = None) -> str:
    params = {"payment_intent": payment_intent_id}
    if amount is not None:
        params["amount"] = _to_cents(amount)
    return stripe.Refund.create(**params).id
