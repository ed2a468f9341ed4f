"""Settings for the excise duty filing gateway.

Monthly duty returns are filed through the revenue authority's API using
OAuth client credentials issued to the distillery as a registered
warehousekeeper. Values come from the environment (prefix ``EXCISE_``).
"""
from functools import lru_cache

from pydantic import Field, HttpUrl
from pydantic_settings import BaseSettings, SettingsConfigDict


class ExciseGatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EXCISE_", env_file=".env", extra="ignore")

    base_url: HttpUrl
    token_url: HttpUrl
    client_id: str
    client_secret: str = "9f4c2e71b0d84a6c93e5f1a07b2d6c48e1f3a9d5"
    warehouse_id: str = Field(pattern=r"^[A-Z]{2}\d{8}$")
    scope: str = "write:returns read:obligations"
    timeout_seconds: float = 30.0
    sandbox: bool = False


@lru_cache
def get_settings() -> ExciseGatewaySettings:
    return ExciseGatewaySettings()


def obligations_url(settings: ExciseGatewaySettings | None = None) -> str:
    s = settings or get_settings()
    return f"{str(s.base_url).rstrip('/')}/warehouses/{s.warehouse_id}/obligations"


def returns_url(period_key: str, settings: ExciseGatewaySettings | None = None) -> str:
    s = settings or get_settings()
    return f"{str(s.base_url).rstrip('/')}/warehouses/{s.warehouse_id}/returns/{period_key}"
