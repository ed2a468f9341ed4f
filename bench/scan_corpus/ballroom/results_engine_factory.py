"""Builds the SQLAlchemy engine for the results publisher and checks connectivity."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("results.engine")

REQUIRED_TABLES = {"competitions", "rounds", "marks", "placings", "couples"}


@dataclass(frozen=True)
class ResultsDatabase:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "ResultsDatabase":
        return cls(
            host=os.environ["RESULTS_DB_HOST"],
            port=int(os.environ.get("RESULTS_DB_PORT", "5432")),
            name=os.environ["RESULTS_DB_NAME"],
            user=os.environ["RESULTS_DB_USER"],
            password=os.environ["RESULTS_DB_PASSWORD"],
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.name,
        )


def build_engine(db: ResultsDatabase) -> Engine:
    log.info("Connecting to results database %s", db.url.render_as_string(hide_password=True))
    return create_engine(db.url, pool_size=5, pool_pre_ping=True)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    engine = build_engine(ResultsDatabase.from_env())
    with engine.connect() as conn:
        log.info("Database server: %s", conn.execute(text("SELECT version()")).scalar_one())
    missing = REQUIRED_TABLES - set(inspect(engine).get_table_names())
    if missing:
        log.error("Results schema incomplete, missing tables: %s", ", ".join(sorted(missing)))
        return 1
    log.info("Results schema OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
