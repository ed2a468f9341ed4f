"""Typed settings for the card processor integration, read from the environment."""
from __future__ import annotations

from functools import lru_cache

from pydantic import AnyHttpUrl, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_VALUES = {"changeme", "secret", "password", "xxx"}


class ProcessorSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PROCESSOR_", env_file=None, extra="ignore")

    api_url: AnyHttpUrl
    merchant_id: str = Field(min_length=6)
    api_key: SecretStr
    webhook_secret: SecretStr
    settlement_password: SecretStr
    request_timeout: float = 15.0

    @field_validator("api_key", "webhook_secret", "settlement_password")
    @classmethod
    def reject_placeholders(cls, value: SecretStr) -> SecretStr:
        raw = value.get_secret_value()
        if raw.lower() in PLACEHOLDER_VALUES or len(raw) < 16:
            raise ValueError("processor secret is missing or a placeholder")
        return value

    def auth_headers(self) -> dict[str, str]:
        return {
            "X-Merchant": self.merchant_id,
            "Authorization": f"Bearer {self.api_key.get_secret_value()}",
        }


@lru_cache(maxsize=1)
def get_settings() -> ProcessorSettings:
    return ProcessorSettings()


def settlement_login() -> tuple[str, str]:
    s = get_settings()
    return s.merchant_id, s.settlement_password.get_secret_value()
