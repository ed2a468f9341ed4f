"""Database settings for the order-tracking service."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("hatmaker.orders.db")


@dataclass(frozen=True)
class OrderDatabaseSettings:
    host: str
    database: str
    username: str
    password: str = field(repr=False)
    port: int = 5432
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "OrderDatabaseSettings":
        return cls(
            host=os.environ["ORDERS_DB_HOST"],
            database=os.environ["ORDERS_DB_NAME"],
            username=os.environ["ORDERS_DB_USER"],
            password=os.environ["ORDERS_DB_PASSWORD"],
            port=int(os.environ.get("ORDERS_DB_PORT", "5432")),
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": "require"},
        )


def make_engine(settings: OrderDatabaseSettings | None = None) -> Engine:
    settings = settings or OrderDatabaseSettings.from_env()
    url = settings.url
    log.info("Connecting order database: %s", url.render_as_string(hide_password=True))
    return create_engine(url, pool_size=settings.pool_size, pool_pre_ping=True)
