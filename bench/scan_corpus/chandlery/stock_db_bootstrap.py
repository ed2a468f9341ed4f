"""Start-up of the stock database connection for the back-office workers.

Reads connection settings from the environment, builds the engine and checks
that the schema version matches what this release expects.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("chandlery.stockdb")

EXPECTED_SCHEMA = 42


@dataclass(frozen=True)
class StockDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "StockDbSettings":
        return cls(
            host=os.environ["STOCK_DB_HOST"],
            port=int(os.environ.get("STOCK_DB_PORT", "5432")),
            name=os.environ["STOCK_DB_NAME"],
            user=os.environ["STOCK_DB_USER"],
            password=os.environ["STOCK_DB_PASSWORD"],
            pool_size=int(os.environ.get("STOCK_DB_POOL", "5")),
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.name}"
        )


class SchemaMismatch(RuntimeError):
    pass


def build_engine(settings: StockDbSettings) -> Engine:
    log.info("connecting to stock database %s", settings.url)
    engine = create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version FROM schema_version")).scalar_one()
    if version != EXPECTED_SCHEMA:
        raise SchemaMismatch(
            f"stock schema is at version {version}, this release expects {EXPECTED_SCHEMA}"
        )
    log.info("stock database ready (schema %s, pool %s)", version, settings.pool_size)
    return engine


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    engine = build_engine(StockDbSettings.from_env())
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM stock_items")).scalar_one()
    log.info("%d stock items on file", count)


if __name__ == "__main__":
    main()
