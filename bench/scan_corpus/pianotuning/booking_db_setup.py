"""Database engine setup for the booking service, shared by web workers and jobs."""
import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, URL

log = logging.getLogger("booking.db")


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
            host=os.environ.get("BOOKING_DB_HOST", "localhost"),
            port=int(os.environ.get("BOOKING_DB_PORT", "5432")),
            name=os.environ.get("BOOKING_DB_NAME", "booking"),
            user=os.environ["BOOKING_DB_USER"],
            password=os.environ["BOOKING_DB_PASSWORD"],
            pool_size=int(os.environ.get("BOOKING_DB_POOL", "5")),
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.name,
        )

    @property
    def dsn(self) -> str:
        return self.url.render_as_string(hide_password=False)


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    cfg = DatabaseSettings.from_env()
    log.info("connecting booking database %s (pool=%d)", cfg.dsn, cfg.pool_size)
    engine = create_engine(cfg.url, pool_size=cfg.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine
