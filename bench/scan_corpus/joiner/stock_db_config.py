"""Database settings for the timber stock and cutting list services.

Settings come from the environment (set by the systemd unit); a DSN is
assembled here so every service connects the same way.
"""
import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls, prefix: str = "STOCK_DB_") -> "DatabaseSettings":
        env = os.environ
        return cls(
            host=env.get(prefix + "HOST", "localhost"),
            port=int(env.get(prefix + "PORT", "5432")),
            name=env.get(prefix + "NAME", "joinery_stock"),
            user=env[prefix + "USER"],
            password=env[prefix + "PASSWORD"],
            pool_size=int(env.get(prefix + "POOL_SIZE", "5")),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg2://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.name}"
        )


@lru_cache(maxsize=None)
def engine(prefix: str = "STOCK_DB_") -> Engine:
    settings = DatabaseSettings.from_env(prefix)
    log.info("Connecting to stock database %s (pool=%d)", settings.dsn, settings.pool_size)
    return create_engine(
        settings.dsn,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        future=True,
    )
