"""Database configuration for the accounts service (invoices, deposits, payroll).

Settings come from environment variables set by the deployment; the
connection string is assembled here and handed to SQLAlchemy.
"""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("accounts.config")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["ACCOUNTS_DB_HOST"],
            port=int(os.environ.get("ACCOUNTS_DB_PORT", "5432")),
            name=os.environ.get("ACCOUNTS_DB_NAME", "accounts"),
            user=os.environ["ACCOUNTS_DB_USER"],
            password=os.environ["ACCOUNTS_DB_PASSWORD"],
            pool_size=int(os.environ.get("ACCOUNTS_DB_POOL", "5")),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg2://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


def make_engine(settings: DatabaseSettings = None) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    log.info("connecting to accounts database %s", settings.dsn)
    engine = create_engine(
        settings.dsn,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        pool_recycle=1800,
    )
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    log.info("accounts database ready (pool size %d)", settings.pool_size)
    return engine
