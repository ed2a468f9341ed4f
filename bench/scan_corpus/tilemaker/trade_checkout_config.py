"""Checkout configuration served to the trade shop front end.

The browser needs the payment provider's publishable key and a few
display settings to render the card form; the secret key stays on the
server and is read from the environment.
"""
import os
from dataclasses import dataclass, field

from flask import Blueprint, jsonify

bp = Blueprint("checkout_config", __name__)


@dataclass(frozen=True)
class CheckoutSettings:
    publishable_key: str = "pk_live_51NfQ2sKx8TrW0mZ4Hq7cLw2VbXn9RjDe3TyUa6PoMi1Gs5KfZ0hLe8"
    secret_key: str = field(default_factory=lambda: os.environ["STRIPE_SECRET_KEY"], repr=False)
    currency: str = "gbp"
    country: str = "GB"
    trade_discount_label: str = "Trade price"


def load_settings() -> CheckoutSettings:
    return CheckoutSettings()


@bp.get("/trade/checkout/config")
def checkout_config():
    cfg = load_settings()
    return jsonify(
        {
            "publishableKey": cfg.publishable_key,
            "currency": cfg.currency,
            "country": cfg.country,
            "labels": {"discount": cfg.trade_discount_label},
        }
    )
