"""Connection helper for the royalty warehouse, shared by ingest jobs."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("warehouse")


@dataclass
class WarehouseSettings:
    host: str = field(default_factory=lambda: os.environ["WAREHOUSE_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("WAREHOUSE_PORT", "5432")))
    user: str = field(default_factory=lambda: os.environ["WAREHOUSE_USER"])
    password: str = field(default_factory=lambda: os.environ["WAREHOUSE_PASSWORD"], repr=False)
    database: str = field(default_factory=lambda: os.environ.get("WAREHOUSE_DB", "royalties"))

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
        )


def warehouse_engine(settings: WarehouseSettings | None = None) -> Engine:
    settings = settings or WarehouseSettings()
    url = settings.url
    log.info("connecting to warehouse %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_pre_ping=True, pool_size=5)
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version")).scalar_one()
    log.info("warehouse server version %s, settings %r", version, settings)
    return engine


def table_counts(engine: Engine, tables: tuple[str, ...] = ("stream_facts", "sales_facts")) -> dict:
    counts = {}
    with engine.connect() as conn:
        for table in tables:
            counts[table] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    return counts
