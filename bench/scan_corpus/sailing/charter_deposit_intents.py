"""Creates Stripe payment intents that hold a charter's security deposit on the skipper's card."""

from __future__ import annotations

import logging
import os
from decimal import Decimal

import stripe as _stripe

log = logging.getLogger("charter.intents")

PAYMENT_PROVIDER = {
    "name": "stripe",
    "api_version": "2023-10-16",
    "secret_key": os.environ.get("STRIPE_SECRET_KEY", ""),
    "statement_descriptor": "BLUEWATER CHARTER",
}


def _configure(provider: dict = PAYMENT_PROVIDER) -> None:
    if not provider["secret_key"]:
        raise RuntimeError("STRIPE_SECRET_KEY is not set")
    _stripe.api_key = provider["secret_key"]
    _stripe.api_version = provider["api_version"]


def _to_minor(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


class DepositIntents:
    def __init__(self) -> None:
        _configure()

    def create_hold(self, customer_id: str, payment_method: str, amount: Decimal, contract_no: str) -> str:
        intent = _stripe.PaymentIntent.create(
            amount=_to_minor(amount),
            currency="eur",
            customer=customer_id,
            payment_method=payment_method,
            capture_method="manual",
            confirm=True,
            off_session=True,
            statement_descriptor_suffix=contract_no[-10:],
            metadata={"contract": contract_no, "kind": "security_deposit"},
        )
        log.info("deposit hold %s created for contract %s", intent.id, contract_no)
        return intent.id

    def status(self, intent_id: str) -> str:
        return _stripe.PaymentIntent.retrieve(intent_id).status

    def expire_stale(self, intent_ids: list[str]) -> int:
        cancelled = 0
        for intent_id in intent_ids:
            if self.status(intent_id) == "requires_capture":
                _stripe.PaymentIntent.cancel(intent_id, cancellation_reason="abandoned")
                cancelled += 1
        return cancelled
