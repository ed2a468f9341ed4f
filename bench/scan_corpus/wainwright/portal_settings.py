"""Runtime configuration for the customer portal service."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


class ConfigError(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ConfigError(f"missing required setting {name}")
    return value


def _secret(name: str) -> str:
    """Read a secret from a mounted file (NAME_FILE) or the environment."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        return Path(file_path).read_text(encoding="utf-8").strip()
    return _required(name)


def _flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class PortalSettings:
    database_url: str
    session_signing_key: str
    smtp_host: str
    smtp_user: str
    smtp_password: str
    upload_dir: Path
    max_upload_mb: int
    maintenance_mode: bool

    @classmethod
    def from_env(cls) -> "PortalSettings":
        return cls(
            database_url=_secret("PORTAL_DATABASE_URL"),
            session_signing_key=_secret("PORTAL_SESSION_KEY"),
            smtp_host=_required("PORTAL_SMTP_HOST"),
            smtp_user=_required("PORTAL_SMTP_USER"),
            smtp_password=_secret("PORTAL_SMTP_PASSWORD"),
            upload_dir=Path(os.environ.get("PORTAL_UPLOAD_DIR", "/srv/wainwright/portal-uploads")),
            max_upload_mb=int(os.environ.get("PORTAL_MAX_UPLOAD_MB", "25")),
            maintenance_mode=_flag("PORTAL_MAINTENANCE"),
        )

    def __repr__(self) -> str:
        return (
            f"PortalSettings(smtp_host={self.smtp_host!r}, upload_dir={str(self.upload_dir)!r}, "
            f"max_upload_mb={self.max_upload_mb}, maintenance_mode={self.maintenance_mode})"
        )


settings = None


def get_settings() -> PortalSettings:
    global settings
    if settings is None:
        settings = PortalSettings.from_env()
    return settings
