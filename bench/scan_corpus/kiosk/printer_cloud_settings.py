"""Settings for the receipt printer cloud service.

Kitchen and receipt printers in newer stores are driven through the printer
vendor's cloud API instead of USB. Values are read from the environment
(prefix ``PRINTER_CLOUD_``) with the defaults below used for the pilot stores.
"""
from __future__ import annotations

from functools import lru_cache

from pydantic import AnyHttpUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class PrinterCloudSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PRINTER_CLOUD_", env_file=".env", extra="ignore")

    endpoint: AnyHttpUrl = Field(default="https://api.printer-cloud.example.com/v2")
    account_id: str = Field(default="fastfood-emea-pilot")
    api_secret: SecretStr = SecretStr("pcs_live_7f3Kq9VxB2mN8rT4wY6zL1hD5gJ0aE")
    request_timeout: float = 8.0
    retry_attempts: int = 3
    kitchen_printer_group: str = "kitchen"
    receipt_printer_group: str = "front"
    paper_width_mm: int = 80


@lru_cache(maxsize=1)
def get_settings() -> PrinterCloudSettings:
    return PrinterCloudSettings()


def auth_headers(settings: PrinterCloudSettings | None = None) -> dict[str, str]:
    settings = settings or get_settings()
    return {
        "X-Account-Id": settings.account_id,
        "Authorization": f"Bearer {settings.api_secret.get_secret_value()}",
    }
