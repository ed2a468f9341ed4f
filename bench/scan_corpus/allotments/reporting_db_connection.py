"""Engine factory for the read-only reporting database.

The committee's dashboards (waiting list lengths, arrears, water usage)
run against a read replica. Credentials come from the environment.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportingDbConfig:
    host: str
    database: str
    username: str
    password: str = field(repr=False)
    port: int = 5432

    @classmethod
    def from_env(cls) -> "ReportingDbConfig":
        return cls(
            host=os.environ["REPORTING_DB_HOST"],
            database=os.environ["REPORTING_DB_NAME"],
            username=os.environ["REPORTING_DB_USER"],
            password=os.environ["REPORTING_DB_PASSWORD"],
            port=int(os.environ.get("REPORTING_DB_PORT", "5432")),
        )

    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
        )


@lru_cache(maxsize=1)
def reporting_engine() -> Engine:
    config = ReportingDbConfig.from_env()
    url = config.url()
    log.info("reporting engine -> %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_size=5, pool_pre_ping=True, connect_args={"options": "-c default_transaction_read_only=on"})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError:
        log.error("reporting database %s on %s is unreachable", config.database, config.host)
        raise
    return engine
