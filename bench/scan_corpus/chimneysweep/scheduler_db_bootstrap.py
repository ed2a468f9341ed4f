"""Database bootstrap for the overnight route-scheduling worker."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("sweepdesk.scheduler")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["SCHEDULER_DB_HOST"],
            port=int(os.environ.get("SCHEDULER_DB_PORT", "5432")),
            name=os.environ.get("SCHEDULER_DB_NAME", "sweepdesk"),
            user=os.environ["SCHEDULER_DB_USER"],
            password=os.environ["SCHEDULER_DB_PASSWORD"],
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


def build_engine(settings: DatabaseSettings) -> Engine:
    engine = create_engine(settings.url, pool_size=5, pool_pre_ping=True)
    log.info("Scheduler database engine created for %s", settings.url)
    return engine


def check_schema(engine: Engine) -> None:
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    log.info("Scheduler database schema at revision %s", version)


def main() -> Engine:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    engine = build_engine(DatabaseSettings.from_env())
    check_schema(engine)
    return engine


if __name__ == "__main__":
    main()
