"""Database settings for the trade accounts service.

Settings come from environment variables so that the same image runs in
staging and production.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger("trade_accounts.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_min: int = 2
    pool_max: int = 10

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["TRADE_DB_HOST"],
            port=int(os.environ.get("TRADE_DB_PORT", "5432")),
            name=os.environ.get("TRADE_DB_NAME", "trade_accounts"),
            user=os.environ["TRADE_DB_USER"],
            password=os.environ["TRADE_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode=require"
        )


def open_pool(settings: DatabaseSettings | None = None) -> ConnectionPool:
    settings = settings or DatabaseSettings.from_env()
    log.info("Opening trade accounts pool on %s", settings.dsn)
    pool = ConnectionPool(settings.dsn, min_size=settings.pool_min, max_size=settings.pool_max, open=True)
    pool.wait(timeout=15)
    return pool


def credit_limit(pool: ConnectionPool, account_no: str) -> tuple[int, int] | None:
    with pool.connection() as conn:
        row = conn.execute(
            "SELECT credit_limit_pence, balance_pence FROM trade_accounts WHERE account_no = %s",
            (account_no,),
        ).fetchone()
    return (row[0], row[1]) if row else None


def check_connection(settings: DatabaseSettings) -> bool:
    try:
        with psycopg.connect(settings.dsn, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.OperationalError as exc:
        log.error("Trade accounts database unreachable: %s", exc.sqlstate or type(exc).__name__)
        return False
