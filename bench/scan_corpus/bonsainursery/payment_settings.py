"""Settings for payment processing in the shop and workshop bookings.

Non-secret values (currency, URLs, limits) are plain constants; keys are
read from the environment, which the deployment fills from the vault.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

PAYMENT_API_BASE = "https://api.stripe.com"
DEFAULT_CURRENCY = "eur"
DEPOSIT_RATE = Decimal("0.30")
WEBHOOK_PATH = "/webhooks/payments"
STATEMENT_DESCRIPTOR = "BONSAI NURSERY"


class MissingSetting(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class PaymentConfig:
    secret_key: str = field(repr=False)
    webhook_secret: str = field(repr=False)
    currency: str = DEFAULT_CURRENCY
    api_base: str = PAYMENT_API_BASE
    statement_descriptor: str = STATEMENT_DESCRIPTOR
    max_order_cents: int = 500_000

    @classmethod
    def from_env(cls) -> "PaymentConfig":
        return cls(
            secret_key=_required("STRIPE_SECRET_KEY"),
            webhook_secret=_required("STRIPE_WEBHOOK_SECRET"),
            currency=os.environ.get("SHOP_CURRENCY", DEFAULT_CURRENCY),
            max_order_cents=int(os.environ.get("SHOP_MAX_ORDER_CENTS", "500000")),
        )

    @property
    def live_mode(self) -> bool:
        return self.secret_key.startswith("sk_live_")

    def deposit_for(self, workshop_price_cents: int) -> int:
        return int((Decimal(workshop_price_cents) * DEPOSIT_RATE).to_integral_value())


def load() -> PaymentConfig:
    config = PaymentConfig.from_env()
    if config.currency not in {"eur", "gbp", "chf"}:
        raise MissingSetting(f"unsupported currency {config.currency}")
    return config
