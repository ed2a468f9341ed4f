"""Loads database settings for the order service from the environment."""
import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("enameller.config")


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
            f"postgresql+psycopg2://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def load_settings() -> DatabaseSettings:
    return DatabaseSettings(
        host=os.environ.get("ORDERS_DB_HOST", "localhost"),
        port=int(os.environ.get("ORDERS_DB_PORT", "5432")),
        name=os.environ.get("ORDERS_DB_NAME", "enameller_orders"),
        user=os.environ.get("ORDERS_DB_USER", "enameller"),
        password=os.environ["ORDERS_DB_PASSWORD"],
        pool_size=int(os.environ.get("ORDERS_DB_POOL", "5")),
    )


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    settings = load_settings()
    log.info("connecting to orders database %s (pool=%d)", settings.url, settings.pool_size)
    return create_engine(
        settings.url,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        future=True,
    )
