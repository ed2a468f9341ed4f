"""Database bootstrap for the band management service."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseConfig:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "DatabaseConfig":
        return cls(
            host=os.environ["BAND_DB_HOST"],
            port=int(os.environ.get("BAND_DB_PORT", "5432")),
            name=os.environ.get("BAND_DB_NAME", "bands"),
            user=os.environ["BAND_DB_USER"],
            password=os.environ["BAND_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


_pool: ConnectionPool | None = None


def init_pool(cfg: DatabaseConfig | None = None, min_size: int = 1, max_size: int = 8) -> ConnectionPool:
    global _pool
    cfg = cfg or DatabaseConfig.from_env()
    log.info("opening band database pool: %s (size %d-%d)", cfg.dsn, min_size, max_size)
    _pool = ConnectionPool(cfg.dsn, min_size=min_size, max_size=max_size, open=True)
    with _pool.connection() as conn:
        conn.execute("SELECT 1")
    return _pool


def pool() -> ConnectionPool:
    if _pool is None:
        raise RuntimeError("init_pool() has not been called")
    return _pool


def ensure_schema(conn: psycopg.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE IF NOT EXISTS bands (
            id SERIAL PRIMARY KEY,
            name TEXT UNIQUE NOT NULL,
            grade TEXT NOT NULL,
            pipe_major TEXT
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE IF NOT EXISTS rehearsals (
            id SERIAL PRIMARY KEY,
            band_id INTEGER NOT NULL REFERENCES bands(id),
            held_on DATE NOT NULL,
            venue TEXT NOT NULL
        )
        """
    )
