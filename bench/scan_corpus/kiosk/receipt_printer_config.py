"""Configuration for the receipt printer cloud integration.

All values come from the environment (prefix ``RECEIPT_CLOUD_``); the API
secret has no default and must be provided by the kiosk's secret store.
"""
from __future__ import annotations

from functools import lru_cache

from pydantic import AnyHttpUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

API_SECRET_ENV = "RECEIPT_CLOUD_API_SECRET"


class ReceiptCloudSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RECEIPT_CLOUD_", extra="ignore")

    endpoint: AnyHttpUrl
    account_id: str
    api_secret: SecretStr = Field(..., description=f"read from {API_SECRET_ENV}")
    request_timeout: float = 8.0
    retry_attempts: int = 3
    paper_width_mm: int = 80


@lru_cache(maxsize=1)
def get_settings() -> ReceiptCloudSettings:
    return ReceiptCloudSettings()


def auth_headers(settings: ReceiptCloudSettings | None = None) -> dict[str, str]:
    settings = settings or get_settings()
    return {
        "X-Account-Id": settings.account_id,
        "Authorization": f"Bearer {settings.api_secret.get_secret_value()}",
    }


def describe(settings: ReceiptCloudSettings | None = None) -> dict[str, object]:
    """Non-sensitive view of the settings for the diagnostics page."""
    settings = settings or get_settings()
    return {
        "endpoint": str(settings.endpoint),
        "account_id": settings.account_id,
        "api_secret_set": bool(settings.api_secret.get_secret_value()),
        "paper_width_mm": settings.paper_width_mm,
    }
