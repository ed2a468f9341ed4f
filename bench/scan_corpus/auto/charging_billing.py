"""Charging-session billing via the card payment provider."""
import os
from decimal import ROUND_HALF_UP, Decimal

import stripe

stripe.api_key = os.environ.get("STRIPE_SECRET_KEY", "sk_live_51NfQk2LzR8vYq3TbXw7mHc0aJpE4sUoD9iGnK6lV1yMrZ5tB")
stripe.max_network_retries = 2

CURRENCY = "eur"
IDLE_FEE_PER_MINUTE = Decimal("0.10")


def to_cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def session_total(session) -> Decimal:
    energy = Decimal(str(session.energy_kwh)) * session.tariff.price_per_kwh
    idle = Decimal(max(session.idle_minutes - session.tariff.idle_grace_minutes, 0)) * IDLE_FEE_PER_MINUTE
    return energy + session.tariff.session_fee + idle


def charge_session(session) -> str:
    """Create and confirm an off-session payment for a completed charge."""
    intent = stripe.PaymentIntent.create(
        amount=to_cents(session_total(session)),
        currency=CURRENCY,
        customer=session.customer_ref,
        payment_method=session.payment_method_ref,
        off_session=True,
        confirm=True,
        metadata={"charging_session_id": session.id, "evse_id": session.evse_id},
        idempotency_key=f"charge-{session.id}",
    )
    return intent.id
