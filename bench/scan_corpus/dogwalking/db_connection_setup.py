"""Engine factory for the GPS walk-log warehouse, built from environment settings."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

from sqlalchemy import URL, create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("warehouse.db")


@dataclass(frozen=True)
class WarehouseSettings:
    host: str
    port: int
    database: str
    username: str
    password: str

    @classmethod
    def from_env(cls) -> "WarehouseSettings":
        return cls(
            host=os.environ["WAREHOUSE_HOST"],
            port=int(os.environ.get("WAREHOUSE_PORT", "5432")),
            database=os.environ.get("WAREHOUSE_DB", "walk_logs"),
            username=os.environ["WAREHOUSE_USER"],
            password=os.environ["WAREHOUSE_PASSWORD"],
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


def make_engine(settings: WarehouseSettings | None = None, retries: int = 5) -> Engine:
    settings = settings or WarehouseSettings.from_env()
    engine = create_engine(settings.url, pool_pre_ping=True)
    shown = settings.url.render_as_string(hide_password=True)
    for attempt in range(1, retries + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("connected to warehouse %s", shown)
            return engine
        except OperationalError:
            log.warning("warehouse %s not reachable (attempt %d/%d)", shown, attempt, retries)
            time.sleep(min(2 ** attempt, 30))
    raise RuntimeError(f"could not reach warehouse {shown}")
