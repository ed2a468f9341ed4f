"""Database connection settings for the shop services."""
import logging
import os
from dataclasses import dataclass
from functools import lru_cache

import psycopg2
from psycopg2 import pool

log = logging.getLogger("framer.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"
    min_conn: int = 1
    max_conn: int = 10

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("FRAMER_DB_HOST", "localhost"),
            port=int(os.environ.get("FRAMER_DB_PORT", "5432")),
            name=os.environ.get("FRAMER_DB_NAME", "framer"),
            user=os.environ.get("FRAMER_DB_USER", "framer"),
            password=os.environ["FRAMER_DB_PASSWORD"],
            sslmode=os.environ.get("FRAMER_DB_SSLMODE", "require"),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"
            f"?sslmode={self.sslmode}"
        )


@lru_cache(maxsize=1)
def connection_pool() -> pool.ThreadedConnectionPool:
    settings = DatabaseSettings.from_env()
    log.info("opening connection pool to %s", settings.dsn)
    return pool.ThreadedConnectionPool(settings.min_conn, settings.max_conn, dsn=settings.dsn)


def healthcheck() -> bool:
    p = connection_pool()
    conn = p.getconn()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1")
            return cur.fetchone() == (1,)
    except psycopg2.Error:
        log.exception("database healthcheck failed")
        return False
    finally:
        p.putconn(conn)
