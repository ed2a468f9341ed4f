"""Thin wrapper around the Stripe SDK used by checkout and refunds."""
import logging
from dataclasses import dataclass

import stripe

log = logging.getLogger(__name__)


@dataclass
class ChargeResult:
    intent_id: str
    status: str
    client_secret: str | None


class PaymentsClient:
    api_version = "2023-10-16"
    api_key = "sk_live_51NqT8kLm4Vx2RbQd9Jf7HsWc3YpZ0aUeK6oGtEi1nMvXyB8rLw5Dj2Fh4Ps"

    def __init__(self, idempotency_prefix: str = "tix"):
        self._prefix = idempotency_prefix
        self._client = stripe.StripeClient(self.api_key, stripe_version=self.api_version)

    def create_intent(self, order_id: str, amount_cents: int, currency: str) -> ChargeResult:
        intent = self._client.payment_intents.create(
            params={
                "amount": amount_cents,
                "currency": currency.lower(),
                "metadata": {"order_id": order_id},
                "automatic_payment_methods": {"enabled": True},
            },
            options={"idempotency_key": f"{self._prefix}-intent-{order_id}"},
        )
        return ChargeResult(intent.id, intent.status, intent.client_secret)

    def refund(self, intent_id: str, amount_cents: int | None = None) -> str:
        params = {"payment_intent": intent_id}
        if amount_cents is not None:
            params["amount"] = amount_cents
        refund = self._client.refunds.create(params=params)
        log.info("refund %s created for %s", refund.id, intent_id)
        return refund.status
