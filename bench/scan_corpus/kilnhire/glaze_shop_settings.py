"""Settings for the glaze shop service, loaded once at start-up."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

CURRENCY = "gbp"
PAYMENT_API_BASE = "https://api.stripe.com/v1"
TOKEN_HEADER = "X-Kilnhire-Shop-Token"
PASSWORD_RESET_PATH = "/account/password/reset"
FREE_DELIVERY_THRESHOLD = Decimal("60.00")
VAT_RATE = Decimal("0.20")


class SettingsError(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise SettingsError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class ShopSettings:
    stripe_secret_key: str
    stripe_webhook_secret: str
    database_url: str
    smtp_password: str
    low_stock_alert_email: str = "studio@kilnhire.example.com"
    basket_ttl_hours: int = 48

    def __repr__(self) -> str:
        return (
            f"ShopSettings(database=<set>, stripe=<set>, "
            f"alerts={self.low_stock_alert_email!r}, basket_ttl={self.basket_ttl_hours})"
        )


@lru_cache(maxsize=1)
def load_settings() -> ShopSettings:
    return ShopSettings(
        stripe_secret_key=_require("STRIPE_SECRET_KEY"),
        stripe_webhook_secret=_require("STRIPE_WEBHOOK_SECRET"),
        database_url=_require("SHOP_DATABASE_URL"),
        smtp_password=_require("SHOP_SMTP_PASSWORD"),
        low_stock_alert_email=os.environ.get(
            "SHOP_ALERT_EMAIL", "studio@kilnhire.example.com"
        ),
        basket_ttl_hours=int(os.environ.get("SHOP_BASKET_TTL_HOURS", "48")),
    )


def price_with_vat(net: Decimal) -> Decimal:
    return (net * (1 + VAT_RATE)).quantize(Decimal("0.01"))


def delivery_charge(basket_total: Decimal) -> Decimal:
    return Decimal("0.00") if basket_total >= FREE_DELIVERY_THRESHOLD else Decimal("6.50")
