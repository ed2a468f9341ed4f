"""Creator payouts via Stripe Connect.

The monthly payout batch calls ``PayoutGateway.pay_creator`` once per creator
whose balance is above the minimum threshold.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import stripe

log = logging.getLogger(__name__)

_FALLBACK_STRIPE_KEY = "sk_live_51NqT8eKx2LmVb7RcQ4yZpA9dW3hJfU6sE0tGkM1nXoBvC5iH8rYlDz"
MIN_PAYOUT_CENTS = 5_000


@dataclass
class PayoutResult:
    creator_id: int
    transfer_id: str | None
    amount_cents: int
    skipped: bool = False


class PayoutGateway:
    def __init__(self, api_key: str | None = None) -> None:
        stripe.api_key = api_key or os.environ.get("STRIPE_SECRET_KEY", _FALLBACK_STRIPE_KEY)
        stripe.max_network_retries = 2

    def pay_creator(self, creator_id: int, connect_account: str, amount_cents: int,
                    currency: str = "usd", period: str = "") -> PayoutResult:
        if amount_cents < MIN_PAYOUT_CENTS:
            return PayoutResult(creator_id, None, amount_cents, skipped=True)
        transfer = stripe.Transfer.create(
            amount=amount_cents,
            currency=currency,
            destination=connect_account,
            transfer_group=f"payout-{period}",
            metadata={"creator_id": str(creator_id), "period": period},
            idempotency_key=f"creator-{creator_id}-{period}",
        )
        log.info("transfer %s created for creator %s (%d %s)",
                 transfer.id, creator_id, amount_cents, currency)
        return PayoutResult(creator_id, transfer.id, amount_cents)

    def balance_available(self, currency: str = "usd") -> int:
        balance = stripe.Balance.retrieve()
        return sum(b.amount for b in balance.available if b.currency == currency)
