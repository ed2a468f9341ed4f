"""Settings for the billing service, read from the environment at start-up.

Secrets are injected by the deployment (Vault agent renders them into the
container environment); nothing sensitive lives in this file.
"""
import os
from dataclasses import dataclass
from decimal import Decimal


class ConfigError(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class BillingSettings:
    payment_api_key: str
    webhook_secret: str
    database_url: str
    payment_api_version: str = "2023-10-16"
    currency: str = "eur"
    credit_price: Decimal = Decimal("0.35")
    api_key_header: str = "Authorization"
    invoice_password_field: str = "pdf_password"


def load() -> BillingSettings:
    return BillingSettings(
        payment_api_key=_require("PAYMENT_API_KEY"),
        webhook_secret=_require("PAYMENT_WEBHOOK_SECRET"),
        database_url=_require("BILLING_DATABASE_URL"),
        currency=os.environ.get("BILLING_CURRENCY", "eur"),
        credit_price=Decimal(os.environ.get("CREDIT_PRICE", "0.35")),
    )
