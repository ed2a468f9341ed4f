"""Settings for the bonded-warehouse management system integration.

The WMS API key and the SFTP password for the stock-movement drop are read
from the environment (``WMS_`` prefix) and never have defaults; the service
refuses to start if they're missing.
"""
from functools import lru_cache

from pydantic import HttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class WarehouseSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WMS_", extra="ignore")

    api_base: HttpUrl
    api_key: SecretStr
    api_key_header: str = "X-WMS-Key"
    sftp_host: str
    sftp_user: str = "stockmoves"
    sftp_password: SecretStr
    password_rotation_days: int = 90
    request_timeout: float = 20.0


@lru_cache
def get_settings() -> WarehouseSettings:
    return WarehouseSettings()


def api_headers(settings: WarehouseSettings | None = None) -> dict[str, str]:
    s = settings or get_settings()
    return {s.api_key_header: s.api_key.get_secret_value(), "Accept": "application/json"}
