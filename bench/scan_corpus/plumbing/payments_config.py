"""Configuration for card payments taken through the customer portal and engineer app."""

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PaymentsConfig:
    provider: str = "stripe"
    api_base: str = "https://api.stripe.com"
    api_version: str = "2023-10-16"
    secret_key: str = field(
        default_factory=lambda: os.environ.get(
            "STRIPE_SECRET_KEY", "sk_live_51NqK2vHcT8yXw3LmZ0dPa7RbE9uFgJ4sQkV6nYhC1oT5iWzU2xB8eM3rA7cD0fG"
        )
    )
    publishable_key: str = field(default_factory=lambda: os.environ.get("STRIPE_PUBLISHABLE_KEY", ""))
    currency: str = "gbp"
    statement_descriptor: str = "PIPELINE HEATING"
    capture_method: str = "automatic"
    deposit_percent: int = 20


def load() -> PaymentsConfig:
    cfg = PaymentsConfig()
    if cfg.currency != "gbp":
        raise RuntimeError("Only GBP payments are supported")
    return cfg
