"""Runtime configuration for the HiveSense API service."""

from datetime import timedelta
from functools import lru_cache

from pydantic import AnyHttpUrl, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

API_KEY_HEADER = "X-HiveSense-Key"
PASSWORD_MIN_LENGTH = 12
PASSWORD_RESET_TTL = timedelta(hours=1)
TOKEN_ISSUER_PATH = "/oauth/token"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HIVESENSE_", env_file=None)

    database_url: PostgresDsn
    redis_url: str = "redis://localhost:6379/0"
    billing_api_base: AnyHttpUrl
    billing_api_key: SecretStr
    billing_webhook_secret: SecretStr
    ttn_api_key: SecretStr
    jwt_signing_key: SecretStr
    session_secret: SecretStr
    access_token_ttl_minutes: int = 15
    firmware_bucket: str = "hivesense-firmware"

    def billing_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.billing_api_key.get_secret_value()}"}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
