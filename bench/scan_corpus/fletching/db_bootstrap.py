"""Database bootstrap for the workshop services (orders, stock, club accounts)."""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("fletching.db")


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
            host=os.environ.get("FLETCH_DB_HOST", "localhost"),
            port=int(os.environ.get("FLETCH_DB_PORT", "5432")),
            name=os.environ.get("FLETCH_DB_NAME", "fletching"),
            user=os.environ["FLETCH_DB_USER"],
            password=os.environ["FLETCH_DB_PASSWORD"],
            pool_size=int(os.environ.get("FLETCH_DB_POOL", "5")),
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def make_engine(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    log.info("connecting to %s (pool=%d)", settings.url, settings.pool_size)
    engine = create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version()")).scalar_one()
    log.info("database ready: %s", version.split(",")[0])
    return engine


def check_schema(engine: Engine, expected_revision: str) -> bool:
    with engine.connect() as conn:
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
    if current != expected_revision:
        log.warning("schema at %s, expected %s; run migrations", current, expected_revision)
        return False
    return True
