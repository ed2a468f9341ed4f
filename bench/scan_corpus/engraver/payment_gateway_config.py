"""Loads payment gateway credentials used for deposits on custom trophy orders."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import stripe


class ConfigError(RuntimeError):
    pass


@dataclass(frozen=True)
class PaymentConfig:
    secret_key: str
    webhook_secret: str
    deposit_percent: int
    currency: str = "usd"

    @property
    def live(self) -> bool:
        return self.secret_key.startswith("sk_live_")


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ConfigError(f"{name} is not set; see deploy/README for the secret store path")
    return value


@lru_cache(maxsize=1)
def load() -> PaymentConfig:
    cfg = PaymentConfig(
        secret_key=_required("STRIPE_SECRET_KEY"),
        webhook_secret=_required("STRIPE_WEBHOOK_SECRET"),
        deposit_percent=int(os.environ.get("DEPOSIT_PERCENT", "50")),
        currency=os.environ.get("PAYMENT_CURRENCY", "usd"),
    )
    if not 0 < cfg.deposit_percent <= 100:
        raise ConfigError("DEPOSIT_PERCENT must be between 1 and 100")
    return cfg


def configure_stripe() -> PaymentConfig:
    cfg = load()
    stripe.api_key = cfg.secret_key
    stripe.max_network_retries = 2
    return cfg


def deposit_cents(order_total_cents: int) -> int:
    cfg = load()
    return max(500, order_total_cents * cfg.deposit_percent // 100)
