"""Database settings for the workshop services, loaded from /etc/tinsmith/db.toml."""
from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_plus

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("tinsmith.config")

CONFIG_PATH = Path("/etc/tinsmith/db.toml")


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 10
    sslmode: str = "require"

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


def load_settings(path: Path = CONFIG_PATH, section: str = "workshop") -> DbSettings:
    with path.open("rb") as fh:
        raw = tomllib.load(fh)[section]
    return DbSettings(
        host=raw["host"],
        port=int(raw.get("port", 5432)),
        name=raw["name"],
        user=raw["user"],
        password=raw["password"],
        pool_size=int(raw.get("pool_size", 10)),
        sslmode=raw.get("sslmode", "require"),
    )


def make_engine(settings: DbSettings | None = None) -> Engine:
    settings = settings or load_settings()
    log.info("connecting to workshop database using %s", settings.url)
    return create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
