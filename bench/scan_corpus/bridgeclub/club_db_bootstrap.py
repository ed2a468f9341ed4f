"""Database bootstrap for the club's scoring and membership services.

Reads connection settings from the environment, builds the SQLAlchemy
engine and applies pending Alembic migrations on start-up.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("bridgeclub.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("CLUB_DB_HOST", "localhost"),
            port=int(os.environ.get("CLUB_DB_PORT", "5432")),
            name=os.environ.get("CLUB_DB_NAME", "bridgeclub"),
            user=os.environ["CLUB_DB_USER"],
            password=os.environ["CLUB_DB_PASSWORD"],
            pool_size=int(os.environ.get("CLUB_DB_POOL", "5")),
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def build_engine(settings: DatabaseSettings) -> Engine:
    log.info("connecting to club database at %s", settings.url)
    engine = create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version")).scalar_one()
    log.info("database server version %s", version)
    return engine


def run_migrations(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config(os.environ.get("CLUB_ALEMBIC_INI", "alembic.ini"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("migrations applied")


def bootstrap() -> Engine:
    settings = DatabaseSettings.from_env()
    engine = build_engine(settings)
    if os.environ.get("CLUB_DB_MIGRATE", "1") == "1":
        run_migrations(engine)
    return engine


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    bootstrap()
