"""Typed settings for the card payment provider used by memberships and voucher sales."""
from __future__ import annotations

from functools import lru_cache
from typing import Dict

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class PaymentProviderSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PAYMENTS_", env_file=None, extra="ignore")

    api_base: str
    secret_key: SecretStr
    webhook_secret: SecretStr
    publishable_key: str
    currency: str = "EUR"
    statement_descriptor: str = Field(default="BATHHOUSE", max_length=22)

    def auth_headers(self) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.secret_key.get_secret_value()}"}

    def public_config(self) -> Dict[str, str]:
        """Subset of settings handed to the booking web frontend."""
        return {"publishable_key": self.publishable_key, "currency": self.currency}


class VoucherShopSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VOUCHER_SHOP_", extra="ignore")

    min_value_eur: int = 20
    max_value_eur: int = 500
    expiry_months: int = 24


@lru_cache(maxsize=1)
def payment_settings() -> PaymentProviderSettings:
    return PaymentProviderSettings()


@lru_cache(maxsize=1)
def voucher_settings() -> VoucherShopSettings:
    return VoucherShopSettings()


def checkout_bootstrap() -> Dict[str, object]:
    pay = payment_settings()
    shop = voucher_settings()
    return {**pay.public_config(), "min": shop.min_value_eur, "max": shop.max_value_eur}
