"""Application settings, loaded from the environment (12-factor style)."""
from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

API_KEY_HEADER = "X-Api-Key"
PASSWORD_MIN_LENGTH = 12
PASSWORD_RESET_TOKEN_TTL = 60 * 30
SECRET_KEY_ENV_VAR = "APP_SECRET_KEY"
TOKEN_TYPE = "Bearer"
AUTH_TOKEN_COOKIE = "__Host-session"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_", env_file=".env", extra="ignore")

    environment: str = "production"
    secret_key: SecretStr
    database_url: SecretStr
    redis_url: str = "redis://localhost:6379/0"
    stripe_api_key: SecretStr
    sentry_dsn: str | None = None
    allowed_origins: list[str] = Field(default_factory=list)
    access_token_minutes: int = 15


@lru_cache
def get_settings() -> Settings:
    return Settings()
