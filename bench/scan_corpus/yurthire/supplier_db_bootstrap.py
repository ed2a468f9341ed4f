"""Creates the supplier-portal schema on a fresh database."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from urllib.parse import quote_plus

import psycopg

log = logging.getLogger("supplier.bootstrap")

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS suppliers (
        id SERIAL PRIMARY KEY,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        active BOOLEAN NOT NULL DEFAULT TRUE
    )""",
    """CREATE TABLE IF NOT EXISTS supplier_stock (
        supplier_id INTEGER REFERENCES suppliers(id),
        sku TEXT NOT NULL,
        quantity INTEGER NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (supplier_id, sku)
    )""",
]

@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "DbSettings":
        return cls(
            host=os.environ["SUPPLIER_DB_HOST"],
            port=int(os.environ.get("SUPPLIER_DB_PORT", "5432")),
            name=os.environ.get("SUPPLIER_DB_NAME", "suppliers"),
            user=os.environ["SUPPLIER_DB_USER"],
            password=os.environ["SUPPLIER_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def connect(settings: DbSettings) -> psycopg.Connection:
    try:
        return psycopg.connect(settings.dsn, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise RuntimeError(f"could not reach supplier database at {settings.dsn}: {exc}") from exc


def bootstrap(settings: DbSettings) -> None:
    with connect(settings) as conn:
        for statement in SCHEMA:
            conn.execute(statement)
        log.info("schema ready on %s/%s", settings.host, settings.name)


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    try:
        bootstrap(DbSettings.from_env())
    except RuntimeError as exc:
        log.error("%s", exc)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
