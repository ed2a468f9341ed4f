"""Runtime configuration for the decisioning service.

Everything sensitive comes from the environment (populated from the secrets
manager by the deployment); nothing here has a usable default for a credential.
"""
from functools import lru_cache

from pydantic import AnyHttpUrl, Field, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

API_KEY_HEADER = "X-BNPL-Api-Key"
PASSWORD_RESET_TOKEN_TTL = 3600
TOKEN_AUDIENCE = "bnpl-decisioning"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DECISIONING_", case_sensitive=False)

    environment: str = Field("production", pattern="^(production|staging|development)$")
    database_url: PostgresDsn
    redis_url: str
    bureau_base_url: AnyHttpUrl
    bureau_api_key: SecretStr
    bureau_client_secret: SecretStr
    jwt_signing_key: SecretStr
    internal_api_token: SecretStr
    request_timeout_seconds: float = 8.0
    max_basket_minor: int = 150_000

    def bureau_headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.bureau_api_key.get_secret_value()}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
