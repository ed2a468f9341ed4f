"""Configuration for the card payment provider used by charging billing.

Secrets come from the environment (populated from Vault by the sidecar);
only their variable names and non-secret defaults live here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import stripe

SECRET_KEY_ENV = "STRIPE_SECRET_KEY"
WEBHOOK_SECRET_ENV = "STRIPE_WEBHOOK_SECRET"
API_VERSION = "2024-06-20"
DEFAULT_CURRENCY = "eur"


class MissingSecretError(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSecretError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class PaymentConfig:
    api_key: str
    webhook_secret: str
    currency: str = DEFAULT_CURRENCY

    @classmethod
    def from_env(cls) -> "PaymentConfig":
        return cls(
            api_key=_require(SECRET_KEY_ENV),
            webhook_secret=_require(WEBHOOK_SECRET_ENV),
            currency=os.environ.get("BILLING_CURRENCY", DEFAULT_CURRENCY),
        )


def configure_stripe(cfg: PaymentConfig) -> None:
    stripe.api_key = cfg.api_key
    stripe.api_version = API_VERSION
    stripe.max_network_retries = 2
