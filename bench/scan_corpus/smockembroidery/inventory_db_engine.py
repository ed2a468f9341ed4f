"""SQLAlchemy engine factory for the thread inventory database.

Logs which database the worker connected to, with the password masked,
so operators can tell staging and production apart in the logs.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("smockstudio.inventory.db")


@dataclass(frozen=True)
class InventoryDbSettings:
    host: str
    port: int
    database: str
    username: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "InventoryDbSettings":
        return cls(
            host=os.environ.get("INVENTORY_DB_HOST", "localhost"),
            port=int(os.environ.get("INVENTORY_DB_PORT", "5432")),
            database=os.environ.get("INVENTORY_DB_NAME", "inventory"),
            username=os.environ["INVENTORY_DB_USER"],
            password=os.environ["INVENTORY_DB_PASSWORD"],
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


def make_engine(settings: InventoryDbSettings | None = None) -> Engine:
    settings = settings or InventoryDbSettings.from_env()
    engine = create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
    log.info("inventory engine created for %s", settings.url.render_as_string(hide_password=True))
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM threads")).scalar_one()
    log.info("inventory database reachable, %d thread SKUs", count)
    return engine
