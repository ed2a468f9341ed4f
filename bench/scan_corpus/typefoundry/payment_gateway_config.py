"""Payment gateway configuration for licence checkout and refunds."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

import stripe

SECRET_KEY_ENV = "STRIPE_SECRET_KEY"
WEBHOOK_SECRET_ENV = "STRIPE_WEBHOOK_SECRET"
PUBLISHABLE_KEY_ENV = "STRIPE_PUBLISHABLE_KEY"


class GatewayConfigError(RuntimeError):
    pass


@dataclass(frozen=True)
class GatewayConfig:
    secret_key: str = field(repr=False)
    webhook_secret: str = field(repr=False)
    publishable_key: str
    currency: str = "eur"
    statement_descriptor: str = "TYPEFOUNDRY FONTS"

    @property
    def live_mode(self) -> bool:
        return self.secret_key.startswith("sk_live_")


def _require(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise GatewayConfigError(f"environment variable {name} is not set")
    return value


@lru_cache(maxsize=1)
def gateway_config() -> GatewayConfig:
    return GatewayConfig(
        secret_key=_require(SECRET_KEY_ENV),
        webhook_secret=_require(WEBHOOK_SECRET_ENV),
        publishable_key=_require(PUBLISHABLE_KEY_ENV),
        currency=os.environ.get("STRIPE_CURRENCY", "eur"),
    )


def configure_stripe() -> GatewayConfig:
    config = gateway_config()
    stripe.api_key = config.secret_key
    stripe.max_network_retries = 2
    return config


def refund_order(payment_intent_id: str, amount_cents: int | None = None, reason: str = "requested_by_customer") -> str:
    configure_stripe()
    params = {"payment_intent": payment_intent_id, "reason": reason}
    if amount_cents is not None:
        params["amount"] = amount_cents
    refund = stripe.Refund.create(**params)
    return refund.id


def client_settings() -> dict:
    """Values the checkout page needs; never includes server-side secrets."""
    config = gateway_config()
    return {
        "publishableKey": config.publishable_key,
        "currency": config.currency,
        "liveMode": config.live_mode,
    }
