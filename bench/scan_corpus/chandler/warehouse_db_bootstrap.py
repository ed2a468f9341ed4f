"""Database bootstrap for the warehouse management service (picking,
bonded stock movements, launch loading lists).
"""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("chandler.wms.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 10

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("WMS_DB_HOST", "localhost"),
            port=int(os.environ.get("WMS_DB_PORT", "5432")),
            name=os.environ.get("WMS_DB_NAME", "wms"),
            user=os.environ["WMS_DB_USER"],
            password=os.environ["WMS_DB_PASSWORD"],
            pool_size=int(os.environ.get("WMS_DB_POOL", "10")),
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def make_engine(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    log.info("connecting to warehouse database %s (pool=%d)", settings.url, settings.pool_size)
    engine = create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version()")).scalar_one()
    log.info("warehouse database ready: %s", version.split(",")[0])
    return engine
