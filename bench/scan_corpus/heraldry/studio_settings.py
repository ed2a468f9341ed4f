"""Runtime settings for the studio services, read once at start-up."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


class MissingSetting(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


def _secret(name: str) -> str:
    """Secrets come from files mounted by the orchestrator, or the environment."""
    file_var = os.environ.get(f"{name}_FILE")
    if file_var:
        return Path(file_var).read_text(encoding="utf-8").strip()
    return _require(name)


@dataclass(frozen=True)
class Settings:
    database_url: str
    smtp_host: str
    smtp_user: str
    smtp_password: str
    payment_api_key: str
    artwork_root: Path
    portal_base_url: str
    max_upload_mb: int = 40


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        database_url=_secret("DATABASE_URL"),
        smtp_host=_require("SMTP_HOST"),
        smtp_user=_require("SMTP_USER"),
        smtp_password=_secret("SMTP_PASSWORD"),
        payment_api_key=_secret("PAYMENT_API_KEY"),
        artwork_root=Path(os.environ.get("ARTWORK_ROOT", "/srv/heraldry/artwork")),
        portal_base_url=os.environ.get("PORTAL_BASE_URL", "https://portal.heraldry-studio.example"),
        max_upload_mb=int(os.environ.get("MAX_UPLOAD_MB", "40")),
    )
