"""Engine setup for the finished-goods warehouse database (pallets, lots, bins)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import URL, create_engine, event
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WarehouseDbConfig:
    host: str
    port: int
    database: str
    username: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "WarehouseDbConfig":
        return cls(
            host=os.environ["WAREHOUSE_DB_HOST"],
            port=int(os.environ.get("WAREHOUSE_DB_PORT", "5432")),
            database=os.environ.get("WAREHOUSE_DB_NAME", "warehouse"),
            username=os.environ["WAREHOUSE_DB_USER"],
            password=os.environ["WAREHOUSE_DB_PASSWORD"],
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
        )


def build_engine(config: WarehouseDbConfig | None = None) -> Engine:
    config = config or WarehouseDbConfig.from_env()
    log.info("connecting to warehouse database %s", config.url.render_as_string(hide_password=True))
    engine = create_engine(config.url, pool_size=config.pool_size, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")

    return engine
