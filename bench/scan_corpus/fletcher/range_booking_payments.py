"""Takes deposits for private range-lane bookings."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import stripe

from fletcher.bookings.models import Booking
from fletcher.conf import settings

log = logging.getLogger(__name__)
stripe.api_key = settings.STRIPE_SECRET_KEY

DEPOSIT_RATE = Decimal("0.25")


@dataclass
class ChargeResult:
    intent_id: str
    status: str
    card_brand: str
    card_last4: str


def deposit_amount(booking: Booking) -> int:
    return int((booking.total_price * DEPOSIT_RATE).quantize(Decimal("0.01")) * 100)


def take_deposit(booking: Booking, payment_method_id: str) -> ChargeResult:
    intent = stripe.PaymentIntent.create(
        amount=deposit_amount(booking),
        currency="usd",
        customer=booking.customer.stripe_customer_id,
        payment_method=payment_method_id,
        confirm=True,
        metadata={"booking": booking.reference, "lanes": booking.lane_count},
        expand=["payment_method"],
    )
    card = intent.payment_method.card
    result = ChargeResult(intent.id, intent.status, card.brand, card.last4)
    log.info("deposit %s for booking %s: %s card ending %s", result.status, booking.reference, result.card_brand, result.card_last4)
    return result


def refund_deposit(booking: Booking) -> None:
    if not booking.deposit_intent_id:
        return
    refund = stripe.Refund.create(payment_intent=booking.deposit_intent_id)
    log.info("deposit refund %s for booking %s: %s", refund.id, booking.reference, refund.status)
