"""Creates the invoice database engine and session factory for the billing worker."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

log = logging.getLogger("billing.db")


@dataclass(frozen=True)
class BillingDatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "BillingDatabaseSettings":
        return cls(
            host=os.environ["BILLING_DB_HOST"],
            port=int(os.environ.get("BILLING_DB_PORT", "5432")),
            name=os.environ.get("BILLING_DB_NAME", "billing"),
            user=os.environ["BILLING_DB_USER"],
            password=os.environ["BILLING_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def build_engine(settings: BillingDatabaseSettings) -> Engine:
    log.info("connecting billing worker to %s", settings.dsn)
    engine = create_engine(
        settings.dsn,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        connect_args={"sslmode": "require"},
    )
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine


def session_factory(settings: BillingDatabaseSettings | None = None) -> sessionmaker:
    settings = settings or BillingDatabaseSettings.from_env()
    return sessionmaker(bind=build_engine(settings), expire_on_commit=False)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    Session = session_factory()
    with Session() as session:
        count = session.execute(text("SELECT count(*) FROM invoices")).scalar_one()
        log.info("billing database reachable, %d invoices", count)
