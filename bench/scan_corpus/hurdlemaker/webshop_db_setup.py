"""Database bootstrap for the hurdle web shop.

Run at container start: waits for Postgres, applies migrations and makes
sure the product catalogue has its base categories.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

log = logging.getLogger("webshop.db_setup")

BASE_CATEGORIES = ("Hazel hurdles", "Wattle screening", "Pea sticks and bean poles", "Garden edging")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("SHOP_DB_HOST", "db"),
            port=int(os.environ.get("SHOP_DB_PORT", "5432")),
            name=os.environ.get("SHOP_DB_NAME", "webshop"),
            user=os.environ["SHOP_DB_USER"],
            password=os.environ["SHOP_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def wait_for_database(settings: DatabaseSettings, attempts: int = 30):
    log.info("connecting to webshop database %s", settings.dsn)
    engine = create_engine(settings.dsn, pool_pre_ping=True)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return engine
        except OperationalError:
            log.warning("database not ready (attempt %d/%d)", attempt, attempts)
            time.sleep(2)
    raise SystemExit("database never became available")


def migrate(settings: DatabaseSettings) -> None:
    cfg = Config(os.environ.get("ALEMBIC_INI", "alembic.ini"))
    cfg.set_main_option("sqlalchemy.url", settings.dsn.replace("%", "%%"))
    command.upgrade(cfg, "head")


def seed_categories(engine) -> None:
    with engine.begin() as conn:
        for position, name in enumerate(BASE_CATEGORIES, start=1):
            conn.execute(
                text(
                    "INSERT INTO categories (name, position) VALUES (:name, :pos)"
                    " ON CONFLICT (name) DO NOTHING"
                ),
                {"name": name, "pos": position},
            )


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    settings = DatabaseSettings.from_env()
    engine = wait_for_database(settings)
    migrate(settings)
    seed_categories(engine)
    log.info("webshop database ready")


if __name__ == "__main__":
    main()
