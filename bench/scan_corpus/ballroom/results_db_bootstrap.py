"""Creates the SQLAlchemy engine for the results database and checks the schema.

Run at container start before the results publisher comes up.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine

log = logging.getLogger("results.bootstrap")

REQUIRED_TABLES = {"competitions", "rounds", "marks", "placings", "couples"}


@dataclass(frozen=True)
class ResultsDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "ResultsDbSettings":
        return cls(
            host=os.environ["RESULTS_DB_HOST"],
            port=int(os.environ.get("RESULTS_DB_PORT", "5432")),
            name=os.environ["RESULTS_DB_NAME"],
            user=os.environ["RESULTS_DB_USER"],
            password=os.environ["RESULTS_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def build_engine(settings: ResultsDbSettings) -> Engine:
    log.info("Connecting to results database %s", settings.dsn)
    return create_engine(settings.dsn, pool_size=5, pool_pre_ping=True)


def check_schema(engine: Engine) -> set[str]:
    present = set(inspect(engine).get_table_names())
    return REQUIRED_TABLES - present


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    settings = ResultsDbSettings.from_env()
    engine = build_engine(settings)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version()")).scalar_one()
    log.info("Database server: %s", version)
    missing = check_schema(engine)
    if missing:
        log.error("Results schema incomplete, missing tables: %s", ", ".join(sorted(missing)))
        return 1
    log.info("Results schema OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
