"""Charges wine club members for their quarterly shipment using stored cards."""

import logging
from decimal import Decimal

import stripe

from vintner.club.models import ClubSubscription
from vintner.config import settings

logger = logging.getLogger(__name__)
stripe.api_key = settings.STRIPE_SECRET_KEY


def _card_summary(payment_method) -> str:
    card = payment_method.card
    return f"{card.brand} ending {card.last4}"


def charge_quarterly_shipment(subscription: ClubSubscription, amount: Decimal) -> str:
    payment_method = stripe.PaymentMethod.retrieve(subscription.payment_method_id)
    intent = stripe.PaymentIntent.create(
        amount=int(amount * 100),
        currency="gbp",
        customer=subscription.member.stripe_customer_id,
        payment_method=payment_method.id,
        off_session=True,
        confirm=True,
        metadata={"subscription": subscription.pk, "shipment": subscription.next_shipment_ref},
    )
    logger.info(
        "charged club subscription %s %s on %s (intent %s)",
        subscription.pk, amount, _card_summary(payment_method), intent.id,
    )
    return intent.id


def charge_all_due(subscriptions) -> dict:
    outcomes = {"charged": 0, "declined": 0}
    for subscription in subscriptions:
        try:
            charge_quarterly_shipment(subscription, subscription.shipment_price)
            outcomes["charged"] += 1
        except stripe.error.CardError as exc:
            logger.warning("card declined for subscription %s: %s", subscription.pk, exc.code)
            subscription.mark_payment_failed(exc.code)
            outcomes["declined"] += 1
    return outcomes
