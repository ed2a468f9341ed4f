"""Typed settings for the dispatch service, loaded from the environment / .env."""
from functools import lru_cache

from pydantic import AnyHttpUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class DispatchSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DISPATCH_", env_file=".env", extra="ignore")

    database_url: SecretStr
    redis_url: str = "redis://localhost:6379/0"

    maps_api_base: AnyHttpUrl
    maps_api_key: SecretStr
    api_key_header: str = "X-Api-Key"

    telematics_client_id: str
    telematics_client_secret: SecretStr
    telematics_token_url: AnyHttpUrl

    password_min_length: int = 12
    password_reset_ttl_s: int = 3600
    token_prefix: str = "dsp_"
    secret_rotation_days: int = Field(default=90, ge=1)

    max_stops_per_route: int = 120
    planning_horizon_days: int = 3


@lru_cache(maxsize=1)
def get_settings() -> DispatchSettings:
    return DispatchSettings()
