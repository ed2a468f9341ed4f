"""Runtime settings for the loyalty API, loaded with pydantic-settings.

Secrets have no defaults: the service refuses to start unless they are
provided through the environment or the mounted secrets directory.
"""
from functools import lru_cache

from pydantic import AnyHttpUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class LoyaltySettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="LOYALTY_",
        secrets_dir="/run/secrets",
        extra="ignore",
    )

    database_url: SecretStr
    jwt_signing_key: SecretStr
    cardpay_api_key: SecretStr
    cardpay_base_url: AnyHttpUrl
    api_key_header: str = "X-Api-Key"
    password_min_length: int = Field(default=10, ge=8)
    password_reset_ttl_minutes: int = 30
    points_per_euro: int = 10
    allowed_origins: list[str] = Field(default_factory=list)


@lru_cache
def get_settings() -> LoyaltySettings:
    return LoyaltySettings()
