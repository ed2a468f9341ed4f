"""Settings for the operator portal service.

All credentials are injected by the deployment (Kubernetes secrets mounted as
environment variables); only non-sensitive defaults live here.
"""
import os
from dataclasses import dataclass, field

API_KEY_HEADER = "X-Operator-Key"
SESSION_COOKIE_NAME = "wt_operator_session"
PASSWORD_RESET_TOKEN_TTL = 3600
DEFAULT_TOKEN_AUDIENCE = "wheeltapper-operator-portal"


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


def _flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class PortalSettings:
    database_url: str = field(default_factory=lambda: _require("WT_PORTAL_DATABASE_URL"))
    secret_key: str = field(default_factory=lambda: _require("WT_PORTAL_SECRET_KEY"))
    smtp_password: str = field(default_factory=lambda: _require("WT_PORTAL_SMTP_PASSWORD"))
    jwt_public_key_path: str = field(
        default_factory=lambda: os.environ.get("WT_JWT_PUBLIC_KEY", "/etc/wheeltapper/jwt.pub")
    )
    token_audience: str = DEFAULT_TOKEN_AUDIENCE
    reset_token_ttl: int = PASSWORD_RESET_TOKEN_TTL
    notices_bucket: str = field(default_factory=lambda: os.environ.get("WT_NOTICES_BUCKET", "wt-notices"))
    maintenance_mode: bool = field(default_factory=lambda: _flag("WT_MAINTENANCE"))


_settings: PortalSettings | None = None


def get_settings() -> PortalSettings:
    global _settings
    if _settings is None:
        _settings = PortalSettings()
    return _settings
