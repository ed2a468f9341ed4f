"""Creates the shop database engine and runs pending migrations on start-up."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("shop.bootstrap")


@dataclass(frozen=True)
class DatabaseSettings:
    database_url: str = field(default_factory=lambda: os.environ["SHOP_DATABASE_URL"])
    pool_size: int = int(os.environ.get("SHOP_DB_POOL_SIZE", "5"))
    alembic_ini: str = os.environ.get("SHOP_ALEMBIC_INI", "alembic.ini")
    statement_timeout_ms: int = 15_000


def build_engine(settings: DatabaseSettings) -> Engine:
    log.info("connecting to shop database at %s", settings.database_url)
    engine = create_engine(
        settings.database_url,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        connect_args={"options": f"-c statement_timeout={settings.statement_timeout_ms}"},
    )
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version")).scalar_one()
    log.info("database reachable, server version %s", version)
    return engine


def run_migrations(settings: DatabaseSettings) -> None:
    cfg = Config(settings.alembic_ini)
    cfg.set_main_option("sqlalchemy.url", settings.database_url.replace("%", "%%"))
    command.upgrade(cfg, "head")
    log.info("migrations applied")


def bootstrap() -> Engine:
    settings = DatabaseSettings()
    engine = build_engine(settings)
    run_migrations(settings)
    return engine


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bootstrap()
