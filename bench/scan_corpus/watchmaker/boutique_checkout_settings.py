"""Settings for the boutique checkout service."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Dict

import stripe


@dataclass(frozen=True)
class CurrencyRule:
    code: str
    minimum_amount: Decimal
    shipping_flat: Decimal


@dataclass
class CheckoutSettings:
    publishable_key: str = "pk_live_51NqWtcHw3Lr9ZkPa0Gm2Xb7YtR4sDe8VfJ6uKc1Qn5Ho"
    secret_key: str = "sk_live_51NqWtcHw3Lr9ZkPaT8xv2LmQ6dNj4RgYe7WsBf0Kp3Uc9Ai"
    webhook_tolerance: int = 300
    success_path: str = "/checkout/thank-you"
    cancel_path: str = "/checkout/basket"
    currencies: Dict[str, CurrencyRule] = field(
        default_factory=lambda: {
            "CHF": CurrencyRule("CHF", Decimal("100"), Decimal("25")),
            "EUR": CurrencyRule("EUR", Decimal("100"), Decimal("30")),
            "USD": CurrencyRule("USD", Decimal("120"), Decimal("45")),
        }
    )

    @property
    def site_url(self) -> str:
        return os.environ["BOUTIQUE_SITE_URL"].rstrip("/")


def configure_stripe(settings: CheckoutSettings) -> None:
    stripe.api_key = settings.secret_key
    stripe.max_network_retries = 2


def create_checkout_session(
    settings: CheckoutSettings, order_id: str, amount: Decimal, currency: str
) -> str:
    rule = settings.currencies[currency]
    if amount < rule.minimum_amount:
        raise ValueError("amount below boutique minimum")
    session = stripe.checkout.Session.create(
        mode="payment",
        client_reference_id=order_id,
        line_items=[
            {
                "price_data": {
                    "currency": currency.lower(),
                    "unit_amount": int((amount + rule.shipping_flat) * 100),
                    "product_data": {"name": f"Boutique order {order_id}"},
                },
                "quantity": 1,
            }
        ],
        success_url=settings.site_url + settings.success_path,
        cancel_url=settings.site_url + settings.cancel_path,
    )
    return session.url
