"""SQLAlchemy engine for the trade accounts and credit control service."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("trade_accounts.db")


@dataclass(frozen=True)
class DbConfig:
    host: str
    port: int
    database: str
    username: str
    password: str

    @classmethod
    def from_env(cls) -> "DbConfig":
        return cls(
            host=os.environ["TRADE_DB_HOST"],
            port=int(os.environ.get("TRADE_DB_PORT", "5432")),
            database=os.environ.get("TRADE_DB_NAME", "trade_accounts"),
            username=os.environ["TRADE_DB_USER"],
            password=os.environ["TRADE_DB_PASSWORD"],
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": "require"},
        )


@lru_cache(maxsize=1)
def engine() -> Engine:
    config = DbConfig.from_env()
    log.info("Creating trade accounts engine for %s", config.url.render_as_string(hide_password=True))
    return create_engine(config.url, pool_size=5, max_overflow=5, pool_pre_ping=True)


def overdue_accounts(days: int = 30) -> list[dict]:
    with engine().connect() as conn:
        rows = conn.execute(
            text(
                "SELECT account_no, company_name, balance_pence FROM trade_accounts "
                "WHERE oldest_unpaid_invoice < now() - make_interval(days => :days) ORDER BY balance_pence DESC"
            ),
            {"days": days},
        ).mappings()
        return [dict(r) for r in rows]


def put_on_stop(account_no: str, reason: str) -> None:
    with engine().begin() as conn:
        conn.execute(
            text("UPDATE trade_accounts SET on_stop = true, stop_reason = :reason WHERE account_no = :account"),
            {"reason": reason, "account": account_no},
        )
    log.info("Trade account %s put on stop: %s", account_no, reason)
