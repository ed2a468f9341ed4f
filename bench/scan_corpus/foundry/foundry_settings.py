"""Runtime settings for the MES services.

Secrets are never stored here: they are injected as environment variables
by the deployment (sourced from the plant's Vault instance).
"""
import os
from dataclasses import dataclass, field


def _required(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError:
        raise RuntimeError(f"environment variable {name} is not set") from None


@dataclass(frozen=True)
class ErpSettings:
    base_url: str = field(default_factory=lambda: _required("ERP_BASE_URL"))
    token_url: str = field(default_factory=lambda: _required("ERP_TOKEN_URL"))
    client_id: str = field(default_factory=lambda: os.environ.get("ERP_CLIENT_ID", "foundry-mes"))
    client_secret: str = field(default_factory=lambda: _required("ERP_CLIENT_SECRET"), repr=False)
    timeout: float = field(default_factory=lambda: float(os.environ.get("ERP_TIMEOUT", "15")))


@dataclass(frozen=True)
class PortalSettings:
    password_min_length: int = 12
    password_reset_ttl_minutes: int = 30
    api_key_header: str = "X-Portal-Api-Key"
    secret_key_env: str = "PORTAL_SECRET_KEY"
    vault_secret_path: str = "secret/data/foundry/portal"

    @property
    def secret_key(self) -> str:
        return _required(self.secret_key_env)


@dataclass(frozen=True)
class Settings:
    erp: ErpSettings = field(default_factory=ErpSettings)
    portal: PortalSettings = field(default_factory=PortalSettings)
    database_url: str = field(default_factory=lambda: _required("MES_DATABASE_URL"), repr=False)


def load() -> Settings:
    return Settings()
