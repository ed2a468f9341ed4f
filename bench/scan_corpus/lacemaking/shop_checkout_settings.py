"""Checkout settings for the yarn and bobbin shop (Stripe)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

import stripe

STRIPE_PUBLISHABLE_KEY = "pk_live_51NqLaceCoopPubK3yT8vW2xR6mQ9sB4nJ7hF"
CURRENCY = "gbp"
SHIPPING_RATES = {"uk_standard": 395, "uk_tracked": 595, "europe": 1250}


@dataclass(frozen=True)
class CheckoutSettings:
    publishable_key: str
    secret_key: str = field(repr=False)
    webhook_secret: str = field(repr=False)
    success_url: str
    cancel_url: str

    @classmethod
    def load(cls) -> "CheckoutSettings":
        return cls(
            publishable_key=os.environ.get("STRIPE_PUBLISHABLE_KEY", STRIPE_PUBLISHABLE_KEY),
            secret_key=os.environ["STRIPE_SECRET_KEY"],
            webhook_secret=os.environ["STRIPE_WEBHOOK_SECRET"],
            success_url=os.environ["SHOP_CHECKOUT_SUCCESS_URL"],
            cancel_url=os.environ["SHOP_CHECKOUT_CANCEL_URL"],
        )


@lru_cache(maxsize=1)
def checkout_settings() -> CheckoutSettings:
    return CheckoutSettings.load()


def widget_config() -> dict:
    """Values handed to the browser for Stripe.js; the publishable key is public by design."""
    cfg = checkout_settings()
    return {"publishableKey": cfg.publishable_key, "currency": CURRENCY}


def create_checkout_session(order_ref: str, line_items: list[dict], shipping: str) -> str:
    cfg = checkout_settings()
    if shipping not in SHIPPING_RATES:
        raise ValueError("unknown shipping option")
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=line_items,
        shipping_options=[{
            "shipping_rate_data": {
                "type": "fixed_amount",
                "display_name": shipping.replace("_", " ").title(),
                "fixed_amount": {"amount": SHIPPING_RATES[shipping], "currency": CURRENCY},
            }
        }],
        client_reference_id=order_ref,
        success_url=cfg.success_url,
        cancel_url=cfg.cancel_url,
        api_key=cfg.secret_key,
    )
    return session.url
