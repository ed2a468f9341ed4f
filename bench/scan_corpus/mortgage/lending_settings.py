"""Runtime settings for the origination service.

Secrets are injected by the deployment (Vault agent renders them into the
environment); nothing secret has a default here on purpose so a missing value
fails at start-up instead of silently falling back.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


# Borrower portal password policy
PASSWORD_MIN_LENGTH = 12
PASSWORD_RESET_PATH = "/account/reset-password"
PASSWORD_RESET_TOKEN_TTL_MINUTES = 30

# Rate locks
DEFAULT_LOCK_DAYS = 45
LOCK_EXTENSION_MAX_DAYS = 15

SECRET_KEY_ENV = "ORIGINATION_SECRET_KEY"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=lambda: _required("ORIGINATION_DB_URL"))
    secret_key: str = field(default_factory=lambda: _required(SECRET_KEY_ENV))
    los_api_url: str = field(default_factory=lambda: _required("LOS_API_URL"))
    los_client_id: str = field(default_factory=lambda: _required("LOS_CLIENT_ID"))
    los_client_secret: str = field(default_factory=lambda: _required("LOS_CLIENT_SECRET"))
    credit_vendor_password: str = field(default_factory=lambda: _required("CREDIT_VENDOR_PASSWORD"))
    smtp_host: str = field(default_factory=lambda: os.environ.get("SMTP_HOST", "localhost"))
    smtp_password: str = field(default_factory=lambda: os.environ.get("SMTP_PASSWORD", ""))
    token_header: str = "X-Origination-Token"

    def __repr__(self) -> str:
        return f"Settings(los_api_url={self.los_api_url!r}, smtp_host={self.smtp_host!r})"


_settings: Settings | None = None


def get_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings()
    return _settings
