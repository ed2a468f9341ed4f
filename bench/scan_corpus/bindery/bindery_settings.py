"""Runtime configuration for the bindery order and production services."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


class MissingSetting(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


def _from_file_or_env(name: str) -> str:
    file_var = f"{name}_FILE"
    if file_var in os.environ:
        return Path(os.environ[file_var]).read_text(encoding="utf-8").strip()
    return _required(name)


@dataclass(frozen=True)
class BinderySettings:
    database_url: str
    redis_url: str
    isbn_agency_token: str
    courier_api_key: str
    mill_api_key: str
    smtp_password: str
    spool_root: Path
    environment: str = "production"

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


@lru_cache(maxsize=1)
def get_settings() -> BinderySettings:
    return BinderySettings(
        database_url=_from_file_or_env("BINDERY_DATABASE_URL"),
        redis_url=os.environ.get("BINDERY_REDIS_URL", "redis://localhost:6379/0"),
        isbn_agency_token=_from_file_or_env("ISBN_AGENCY_TOKEN"),
        courier_api_key=_from_file_or_env("COURIER_API_KEY"),
        mill_api_key=_from_file_or_env("MILL_API_KEY"),
        smtp_password=_from_file_or_env("SMTP_PASSWORD"),
        spool_root=Path(os.environ.get("BINDERY_SPOOL_ROOT", "/srv/bindery/spool")),
        environment=os.environ.get("BINDERY_ENV", "production"),
    )


def describe(settings: BinderySettings) -> dict[str, str]:
    shown = {}
    for name, value in settings.__dict__.items():
        if name.endswith(("_key", "_token", "_password")) or name == "database_url":
            shown[name] = "<set>" if value else "<missing>"
        else:
            shown[name] = str(value)
    return shown
