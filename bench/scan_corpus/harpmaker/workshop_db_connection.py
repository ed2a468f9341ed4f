"""Database settings and engine factory shared by the workshop services."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

log = logging.getLogger("harpmaker.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("HARP_DB_HOST", "localhost"),
            port=int(os.environ.get("HARP_DB_PORT", "5432")),
            name=os.environ.get("HARP_DB_NAME", "harpmaker"),
            user=os.environ["HARP_DB_USER"],
            password=os.environ["HARP_DB_PASSWORD"],
            pool_size=int(os.environ.get("HARP_DB_POOL", "5")),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}/"
            f"{self.name}?sslmode={self.sslmode}"
        )


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    cfg = DatabaseSettings.from_env()
    log.info("connecting to workshop database %s", cfg.dsn)
    engine = create_engine(cfg.dsn, pool_size=cfg.pool_size, pool_pre_ping=True, future=True)

    @event.listens_for(engine, "connect")
    def _set_search_path(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET search_path TO workshop, public")

    return engine


def check_connection() -> bool:
    engine = get_engine()
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:
        log.error("workshop database unreachable: %s", type(exc).__name__)
        return False
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(0 if check_connection() else 1)
