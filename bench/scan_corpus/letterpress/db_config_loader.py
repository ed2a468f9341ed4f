"""Loads database settings for the studio services from the environment or a TOML file."""
from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("studio.config")

DEFAULT_CONFIG = Path("/etc/letterpress/studio.toml")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def load_settings(path: Path = DEFAULT_CONFIG) -> DatabaseSettings:
    data: dict = {}
    if path.exists():
        with path.open("rb") as fh:
            data = tomllib.load(fh).get("database", {})
    return DatabaseSettings(
        host=os.environ.get("STUDIO_DB_HOST", data.get("host", "localhost")),
        port=int(os.environ.get("STUDIO_DB_PORT", data.get("port", 5432))),
        name=os.environ.get("STUDIO_DB_NAME", data.get("name", "letterpress")),
        user=os.environ.get("STUDIO_DB_USER", data.get("user", "studio")),
        password=os.environ.get("STUDIO_DB_PASSWORD", data.get("password", "")),
        pool_size=int(os.environ.get("STUDIO_DB_POOL", data.get("pool_size", 5))),
    )


def make_engine(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or load_settings()
    log.info("connecting to %s (pool=%d)", settings.url, settings.pool_size)
    return create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
