"""Configuration and client factory for the deposit card processor."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import stripe

DEPOSIT_BY_CRAFT = {
    "single_kayak": Decimal("40.00"),
    "double_kayak": Decimal("60.00"),
    "canadian_canoe": Decimal("60.00"),
    "paddleboard": Decimal("30.00"),
}


def _required_env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} must be set for the deposit processor")
    return value


@dataclass(frozen=True)
class ProcessorConfig:
    secret_key: str = field(default_factory=lambda: _required_env("STRIPE_SECRET_KEY"), repr=False)
    webhook_secret: str = field(default_factory=lambda: _required_env("STRIPE_WEBHOOK_SECRET"), repr=False)
    account_country: str = "GB"
    currency: str = "gbp"


class DepositProcessor:
    def __init__(self, config: ProcessorConfig | None = None) -> None:
        self.config = config or ProcessorConfig()
        self.client = stripe.StripeClient(self.config.secret_key)

    def deposit_for(self, craft: str) -> Decimal:
        try:
            return DEPOSIT_BY_CRAFT[craft]
        except KeyError as exc:
            raise ValueError(f"no deposit configured for {craft}") from exc

    def authorise(self, customer: str, craft: str, booking_ref: str) -> str:
        intent = self.client.payment_intents.create(
            params={
                "amount": int(self.deposit_for(craft) * 100),
                "currency": self.config.currency,
                "customer": customer,
                "capture_method": "manual",
                "metadata": {"booking_ref": booking_ref, "craft": craft},
            }
        )
        return intent.id
