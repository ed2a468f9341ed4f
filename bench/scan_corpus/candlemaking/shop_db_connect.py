"""Engine factory for the online shop database, used by the web app and workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url

log = logging.getLogger("shop.db")


@dataclass(frozen=True)
class DbConfig:
    url: str = field(default_factory=lambda: os.environ["SHOP_DATABASE_URL"], repr=False)
    pool_size: int = int(os.environ.get("SHOP_DB_POOL_SIZE", "5"))
    max_overflow: int = 10
    application_name: str = "candle-shop"

    @property
    def safe_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)


def create_shop_engine(config: DbConfig | None = None) -> Engine:
    config = config or DbConfig()
    log.info("connecting to shop database %s (pool=%d)", config.safe_url, config.pool_size)
    engine = create_engine(
        config.url,
        pool_size=config.pool_size,
        max_overflow=config.max_overflow,
        pool_pre_ping=True,
        connect_args={"application_name": config.application_name},
    )

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")

    return engine


def check_connection(engine: Engine) -> str:
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version")).scalar_one()
    log.info("shop database is up (PostgreSQL %s)", version)
    return version


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_connection(create_shop_engine())
