"""Configuration for the card processor and courier integrations used at checkout."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


class MissingSetting(RuntimeError):
    pass


def required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class PaymentSettings:
    publishable_key: str
    secret_key: str
    webhook_secret: str
    currency: str = "GBP"

    @classmethod
    def from_env(cls) -> "PaymentSettings":
        return cls(
            publishable_key=required("PAYWISE_PUBLISHABLE_KEY"),
            secret_key=required("PAYWISE_SECRET_KEY"),
            webhook_secret=required("PAYWISE_WEBHOOK_SECRET"),
        )


@dataclass(frozen=True)
class CourierSettings:
    account_number: str
    api_token: str
    default_service: str = "next-day-signed"

    @classmethod
    def from_env(cls) -> "CourierSettings":
        return cls(required("COURIER_ACCOUNT"), required("COURIER_API_TOKEN"))


@dataclass(frozen=True)
class CheckoutSettings:
    payments: PaymentSettings = field(default_factory=PaymentSettings.from_env)
    courier: CourierSettings = field(default_factory=CourierSettings.from_env)
    free_shipping_over_pence: int = 25_000

    def masked(self) -> dict:
        return {
            "payments.secret_key": self.payments.secret_key[:4] + "…",
            "courier.api_token": self.courier.api_token[:4] + "…",
            "free_shipping_over_pence": self.free_shipping_over_pence,
        }


@lru_cache(maxsize=1)
def checkout_settings() -> CheckoutSettings:
    return CheckoutSettings()
