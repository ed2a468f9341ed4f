"""Runtime settings for the storage and alteration service."""
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


def _read_secret_file(name: str) -> str:
    """Read a value mounted by the orchestrator under /run/secrets, else the env var."""
    mounted = Path("/run/secrets") / name.lower()
    if mounted.is_file():
        return mounted.read_text(encoding="utf-8").strip()
    return _require(name)


@dataclass(frozen=True)
class Settings:
    database_url: str
    smtp_host: str
    smtp_user: str
    smtp_password: str
    signing_key: str
    vault_target_celsius: float = 4.5
    vault_target_humidity: int = 50
    photo_root: str = "/srv/furrier/photos"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        database_url=_read_secret_file("DATABASE_URL"),
        smtp_host=os.environ.get("SMTP_HOST", "localhost"),
        smtp_user=_require("SMTP_USER"),
        smtp_password=_read_secret_file("SMTP_PASSWORD"),
        signing_key=_read_secret_file("RECEIPT_SIGNING_KEY"),
        vault_target_celsius=float(os.environ.get("VAULT_TARGET_C", "4.5")),
        vault_target_humidity=int(os.environ.get("VAULT_TARGET_RH", "50")),
        photo_root=os.environ.get("PHOTO_ROOT", "/srv/furrier/photos"),
    )
