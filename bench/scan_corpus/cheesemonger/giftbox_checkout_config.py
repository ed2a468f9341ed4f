"""Settings for the gift-box web shop checkout (Stripe, courier, mail)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import stripe


class MissingSetting(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class CheckoutSettings:
    stripe_secret_key: str
    stripe_webhook_secret: str
    courier_api_key: str
    smtp_password: str
    currency: str = "gbp"
    success_url: str = "/gift-boxes/thanks"
    cancel_url: str = "/gift-boxes/basket"

    def __repr__(self) -> str:
        return f"CheckoutSettings(currency={self.currency!r})"


@lru_cache(maxsize=1)
def load_settings() -> CheckoutSettings:
    return CheckoutSettings(
        stripe_secret_key=_require("STRIPE_SECRET_KEY"),
        stripe_webhook_secret=_require("STRIPE_WEBHOOK_SECRET"),
        courier_api_key=_require("COURIER_API_KEY"),
        smtp_password=_require("SMTP_PASSWORD"),
        currency=os.environ.get("SHOP_CURRENCY", "gbp"),
    )


def create_checkout(box_price_ids: list[str], customer_email: str, base_url: str) -> str:
    settings = load_settings()
    stripe.api_key = settings.stripe_secret_key
    session = stripe.checkout.Session.create(
        mode="payment",
        customer_email=customer_email,
        line_items=[{"price": pid, "quantity": 1} for pid in box_price_ids],
        shipping_address_collection={"allowed_countries": ["GB"]},
        success_url=base_url + settings.success_url + "?session={CHECKOUT_SESSION_ID}",
        cancel_url=base_url + settings.cancel_url,
    )
    return session.url
