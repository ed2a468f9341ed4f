"""Database settings for the membership and routes services.

Values come from the environment (set by the deployment) with sensible
defaults for a developer laptop.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("bridlepath.config")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5
    sslmode: str = "require"

    @classmethod
    def from_env(cls, prefix: str = "BRIDLEPATH_DB_") -> "DatabaseSettings":
        env = os.environ
        return cls(
            host=env.get(prefix + "HOST", "localhost"),
            port=int(env.get(prefix + "PORT", "5432")),
            name=env.get(prefix + "NAME", "bridlepath"),
            user=env.get(prefix + "USER", "bridlepath"),
            password=env[prefix + "PASSWORD"],
            pool_size=int(env.get(prefix + "POOL_SIZE", "5")),
            sslmode=env.get(prefix + "SSLMODE", "require"),
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


def make_engine(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    log.info("creating database engine for %s (pool=%d)", settings.url, settings.pool_size)
    return create_engine(
        settings.url,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        future=True,
    )
