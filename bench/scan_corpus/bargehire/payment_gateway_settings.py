"""Settings for the card payment gateway and the deposit hold rules.

Secrets come from the environment (populated from the secrets manager by the
deploy tooling); the non-secret tuning values have defaults here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache


class MissingSetting(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class PaymentGatewaySettings:
    api_base: str
    secret_key: str
    webhook_secret: str
    publishable_key: str
    currency: str = "GBP"
    deposit_amount: Decimal = Decimal("350.00")
    deposit_hold_days: int = 7
    balance_due_days_before: int = 42
    request_timeout_s: float = 15.0

    @property
    def is_live(self) -> bool:
        return self.secret_key.startswith("pw_live_")

    def __repr__(self) -> str:
        return (
            f"PaymentGatewaySettings(api_base={self.api_base!r}, currency={self.currency!r}, "
            f"live={self.is_live})"
        )


@lru_cache(maxsize=1)
def payment_settings() -> PaymentGatewaySettings:
    return PaymentGatewaySettings(
        api_base=os.environ.get("PAYWELL_API", "https://api.paywell.example/v3"),
        secret_key=_required("PAYWELL_SECRET_KEY"),
        webhook_secret=_required("PAYWELL_WEBHOOK_SECRET"),
        publishable_key=_required("PAYWELL_PUBLISHABLE_KEY"),
        currency=os.environ.get("PAYMENT_CURRENCY", "GBP"),
        deposit_amount=Decimal(os.environ.get("DEPOSIT_AMOUNT", "350.00")),
    )
