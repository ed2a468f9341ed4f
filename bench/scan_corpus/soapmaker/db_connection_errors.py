"""Startup check for the batch-records database, with readable errors for the on-call person."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("batch_db")


@dataclass(frozen=True)
class BatchDbConfig:
    url: URL
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "BatchDbConfig":
        return cls(
            url=make_url(os.environ["BATCH_DATABASE_URL"]),
            pool_size=int(os.environ.get("BATCH_DB_POOL", "5")),
        )

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)


class DatabaseUnavailable(RuntimeError):
    pass


def connect_with_retry(cfg: BatchDbConfig, attempts: int = 5) -> Engine:
    engine = create_engine(cfg.url, pool_size=cfg.pool_size, pool_pre_ping=True)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("connected to batch database %s", cfg.display_url)
            return engine
        except OperationalError as exc:
            log.warning(
                "batch database %s not reachable (attempt %d/%d): %s",
                cfg.display_url,
                attempt,
                attempts,
                exc.orig.__class__.__name__,
            )
            time.sleep(min(2 ** attempt, 20))
    engine.dispose()
    raise DatabaseUnavailable(f"gave up connecting to {cfg.display_url}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    connect_with_retry(BatchDbConfig.from_env()).dispose()
