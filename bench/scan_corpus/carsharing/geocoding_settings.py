"""Settings for the geocoding and routing integrations.

Values come from the environment (populated from the secrets manager in the
deployment manifests). Nothing sensitive has a default.
"""
from functools import lru_cache

from pydantic import AnyHttpUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class GeoSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GEO_", env_file=None, extra="ignore")

    geocoder_url: AnyHttpUrl
    geocoder_api_key: SecretStr
    routing_url: AnyHttpUrl
    routing_client_id: str
    routing_client_secret: SecretStr

    api_key_header: str = "X-Api-Key"
    token_endpoint_path: str = "/oauth2/token"
    request_timeout_s: float = Field(default=5.0, gt=0, le=30)
    cache_ttl_s: int = 86_400


@lru_cache(maxsize=1)
def get_settings() -> GeoSettings:
    return GeoSettings()


def geocoder_headers() -> dict[str, str]:
    s = get_settings()
    return {s.api_key_header: s.geocoder_api_key.get_secret_value(), "Accept": "application/json"}
