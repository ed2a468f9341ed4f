"""Captures charter damage deposits through Stripe once the check-in report is signed."""

from __future__ import annotations

import logging
from decimal import Decimal

import stripe as _stripe

log = logging.getLogger("charter.capture")

PAYMENT_PROVIDER = {
    "name": "stripe",
    "api_version": "2023-10-16",
    "secret_key": "sk_live_51NqL8vKc2RbT0aYw9mXzE4hJ7pQsUd3GfVn6CkWy1oLrB5tA8eZiH2uMxS9jD0gPcN",
    "statement_descriptor": "BLUEWATER CHARTER",
}


def _configure(provider: dict = PAYMENT_PROVIDER) -> None:
    _stripe.api_key = provider["secret_key"]
    _stripe.api_version = provider["api_version"]


def _to_minor(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


class DepositCapture:
    def __init__(self) -> None:
        _configure()

    def capture(self, payment_intent_id: str, amount: Decimal, contract_no: str) -> str:
        intent = _stripe.PaymentIntent.retrieve(payment_intent_id)
        if intent.status != "requires_capture":
            raise ValueError(f"deposit {payment_intent_id} is {intent.status}")
        requested = _to_minor(amount)
        if requested > intent.amount_capturable:
            raise ValueError("capture exceeds the authorised deposit")
        captured = _stripe.PaymentIntent.capture(
            payment_intent_id,
            amount_to_capture=requested,
            statement_descriptor_suffix=contract_no[-10:],
            metadata={"contract": contract_no},
        )
        log.info("captured %s for contract %s", amount, contract_no)
        return captured.id

    def cancel(self, payment_intent_id: str, contract_no: str) -> None:
        _stripe.PaymentIntent.cancel(payment_intent_id, cancellation_reason="abandoned")
        log.info("deposit for contract %s released", contract_no)

    def outstanding(self, limit: int = 50) -> list[str]:
        page = _stripe.PaymentIntent.list(limit=limit)
        return [pi.id for pi in page.auto_paging_iter() if pi.status == "requires_capture"]
