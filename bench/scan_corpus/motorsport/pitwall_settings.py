"""Runtime settings for the pit-wall services, read from the container environment."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import List

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TIMING_TOKEN_HEADER = "X-Timing-Token"
DB_PASSWORD_VAR = "PITWALL_DB_PASSWORD"


class PitWallSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PITWALL_", env_file=None, extra="ignore")

    environment: str = "production"
    db_host: str
    db_name: str = "pitwall"
    db_user: str = "pitwall_app"
    db_password: SecretStr
    timing_feed_url: str
    timing_token: SecretStr
    weather_api_key: SecretStr
    allowed_origins: List[str] = Field(default_factory=list)
    strategy_refresh_s: float = 1.0

    @field_validator("environment")
    @classmethod
    def _known_environment(cls, value: str) -> str:
        if value not in {"production", "staging", "simulator"}:
            raise ValueError(f"unknown environment {value!r}")
        return value

    def database_url(self) -> str:
        return (
            f"postgresql+psycopg://{self.db_user}:{self.db_password.get_secret_value()}"
            f"@{self.db_host}/{self.db_name}"
        )

    def timing_headers(self) -> dict:
        return {TIMING_TOKEN_HEADER: self.timing_token.get_secret_value()}

    def redacted(self) -> dict:
        """Settings snapshot that can be shown on the engineering status page."""
        return {
            key: ("***" if isinstance(value, SecretStr) else value)
            for key, value in self.__dict__.items()
        }


@lru_cache(maxsize=1)
def get_settings() -> PitWallSettings:
    return PitWallSettings()  # type: ignore[call-arg]


def describe_missing() -> List[str]:
    """Names of required variables, for the deploy checklist."""
    required = ["PITWALL_DB_HOST", DB_PASSWORD_VAR, "PITWALL_TIMING_FEED_URL",
                "PITWALL_TIMING_TOKEN", "PITWALL_WEATHER_API_KEY"]
    return [name for name in required if not os.environ.get(name)]
