"""Database connection settings for the nightly results computation job."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("results.db")


@dataclass(frozen=True)
class ResultsDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "ResultsDbSettings":
        return cls(
            host=os.environ["RESULTS_DB_HOST"],
            port=int(os.environ.get("RESULTS_DB_PORT", "5432")),
            name=os.environ.get("RESULTS_DB_NAME", "federation"),
            user=os.environ["RESULTS_DB_USER"],
            password=os.environ["RESULTS_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


def make_engine(settings: ResultsDbSettings | None = None) -> Engine:
    settings = settings or ResultsDbSettings.from_env()
    log.info("opening results database %s", settings.dsn)
    engine = create_engine(settings.dsn, pool_size=5, pool_pre_ping=True)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine


def pending_races(engine: Engine) -> list[int]:
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT id FROM races WHERE results_computed_at IS NULL "
            "AND clocks_closed_at IS NOT NULL ORDER BY liberated_at"
        ))
        return [r.id for r in rows]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    eng = make_engine()
    for race_id in pending_races(eng):
        log.info("race %s awaiting results", race_id)
