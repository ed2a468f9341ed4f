"""Typed settings for the dosing pump controller service."""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field, HttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class DosingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DOSING_", env_file=".env", extra="ignore")

    cloud_url: HttpUrl
    account_id: str
    api_key: SecretStr
    mqtt_username: str = "dosing-agent"
    mqtt_password: SecretStr
    mqtt_topic_prefix: str = "site/dosing"
    min_tank_pct: float = Field(default=15.0, ge=0, le=100)
    poll_seconds: int = Field(default=30, ge=5)


@lru_cache(maxsize=1)
def get_settings() -> DosingSettings:
    return DosingSettings()


def cloud_headers(settings: DosingSettings | None = None) -> dict[str, str]:
    settings = settings or get_settings()
    return {
        "X-Account": settings.account_id,
        "X-Api-Key": settings.api_key.get_secret_value(),
    }


def mqtt_credentials(settings: DosingSettings | None = None) -> tuple[str, str]:
    settings = settings or get_settings()
    return settings.mqtt_username, settings.mqtt_password.get_secret_value()


def describe(settings: DosingSettings | None = None) -> dict[str, object]:
    settings = settings or get_settings()
    return settings.model_dump(exclude={"api_key", "mqtt_password"})
