"""Runtime configuration for the open-banking gateway, loaded from the environment.

Secrets are injected by the platform from the vault at container start; only
their variable names live here.
"""
from __future__ import annotations

from functools import lru_cache

from pydantic import AnyHttpUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

CLIENT_SECRET_ENV = "OB_DIRECTORY_CLIENT_SECRET"
TOKEN_ENDPOINT_AUTH_METHOD = "private_key_jwt"
PASSWORD_GRANT_ENABLED = False
DEFAULT_TOKEN_TTL = 3600


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OB_", case_sensitive=False)

    directory_url: AnyHttpUrl
    directory_client_id: str
    directory_client_secret: SecretStr = Field(validation_alias=CLIENT_SECRET_ENV)
    signing_key_path: str = "/run/secrets/ob_signing_key.pem"
    transport_cert_path: str = "/run/secrets/ob_transport.crt"
    transport_key_path: str = "/run/secrets/ob_transport.key"
    token_ttl: int = DEFAULT_TOKEN_TTL
    db_dsn: SecretStr

    def status_summary(self) -> dict:
        """Config snapshot for the /status endpoint."""
        return {
            "directory_url": str(self.directory_url),
            "client_id": self.directory_client_id,
            "client_secret_set": bool(self.directory_client_secret.get_secret_value()),
            "token_auth": TOKEN_ENDPOINT_AUTH_METHOD,
            "token_ttl": self.token_ttl,
        }


@lru_cache(maxsize=1)
def get_settings() -> GatewaySettings:
    return GatewaySettings()
