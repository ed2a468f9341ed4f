"""Retry failed monthly charges for sample subscriptions through the card processor."""
import logging
from dataclasses import dataclass
from decimal import Decimal

from celery import shared_task

from perfumer.billing import CardProcessor, CardDeclined
from perfumer.subscriptions import SubscriptionRepository

logger = logging.getLogger(__name__)

MAX_RETRIES = 3


@dataclass
class StoredCard:
    holder: str
    number: str
    exp_month: int
    exp_year: int

    @property
    def last4(self) -> str:
        return self.number[-4:]


def _charge(processor: CardProcessor, card: StoredCard, amount: Decimal, reference: str) -> str:
    try:
        return processor.charge(
            number=card.number,
            exp_month=card.exp_month,
            exp_year=card.exp_year,
            amount=amount,
            reference=reference,
        )
    except CardDeclined as exc:
        logger.warning("Charge %s declined for card %s (%s): %s", reference, card.number, card.holder, exc.code)
        raise


@shared_task(bind=True, max_retries=MAX_RETRIES, default_retry_delay=6 * 3600)
def retry_monthly_charge(self, subscription_id: int) -> str | None:
    repo = SubscriptionRepository()
    subscription = repo.get(subscription_id)
    card = StoredCard(**repo.card_on_file(subscription.subscriber_id))
    reference = f"SUB-{subscription.id}-{subscription.current_period}"
    try:
        charge_id = _charge(CardProcessor(), card, subscription.monthly_price, reference)
    except CardDeclined as exc:
        if self.request.retries >= MAX_RETRIES:
            repo.mark_past_due(subscription_id)
            return None
        raise self.retry(exc=exc)
    repo.record_payment(subscription_id, charge_id, card.last4)
    return charge_id
