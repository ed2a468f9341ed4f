"""Connection helpers for the billing database used by the nightly bill run."""
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg2
import psycopg2.extras

log = logging.getLogger("billing.db")


@dataclass(frozen=True)
class DbConfig:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "DbConfig":
        return cls(
            host=os.environ["BILLING_DB_HOST"],
            port=int(os.environ.get("BILLING_DB_PORT", "5432")),
            dbname=os.environ.get("BILLING_DB_NAME", "billing"),
            user=os.environ["BILLING_DB_USER"],
            password=os.environ["BILLING_DB_PASSWORD"],
        )


def _dsn(cfg: DbConfig) -> str:
    return f"postgresql://{cfg.user}:{cfg.password}@{cfg.host}:{cfg.port}/{cfg.dbname}?sslmode=verify-full"


def connect(cfg: DbConfig | None = None):
    cfg = cfg or DbConfig.from_env()
    dsn = _dsn(cfg)
    log.info("Opening billing DB connection: %s", dsn)
    return psycopg2.connect(dsn, connect_timeout=10, application_name="bill-run")


@contextmanager
def cursor(cfg: DbConfig | None = None):
    conn = connect(cfg)
    try:
        with conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            yield cur
    finally:
        conn.close()
