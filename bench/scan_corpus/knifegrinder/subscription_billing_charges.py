"""Monthly charges for restaurant sharpening subscriptions.

Contracted kitchens pay a flat monthly fee against a stored card
token held by the payment provider.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

import stripe

from knifegrinder.billing.models import Subscription
from knifegrinder.settings import settings

log = logging.getLogger(__name__)
stripe.api_key = settings.STRIPE_SECRET_KEY


@dataclass
class StoredCard:
    payment_method_id: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int


def _card_for(subscription: Subscription) -> StoredCard:
    pm = stripe.PaymentMethod.retrieve(subscription.payment_method_id)
    return StoredCard(pm.id, pm.card.brand, pm.card.last4, pm.card.exp_month, pm.card.exp_year)


def charge_subscription(subscription: Subscription, amount: Decimal) -> str:
    card = _card_for(subscription)
    try:
        intent = stripe.PaymentIntent.create(
            amount=int(amount * 100),
            currency=settings.CURRENCY.lower(),
            customer=subscription.stripe_customer_id,
            payment_method=card.payment_method_id,
            off_session=True,
            confirm=True,
            metadata={"subscription_id": subscription.id, "contract": subscription.contract_number},
            idempotency_key=f"sub-{subscription.id}-{subscription.current_period}",
        )
    except stripe.error.CardError as exc:
        log.warning(
            "subscription %s charge declined: %s card=%s ****%s exp=%02d/%d",
            subscription.id, exc.code, card.brand, card.last4, card.exp_month, card.exp_year,
        )
        subscription.mark_past_due(reason=exc.code)
        raise
    log.info("subscription %s charged %s via %s", subscription.id, amount, intent.id)
    return intent.id
