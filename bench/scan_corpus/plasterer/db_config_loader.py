"""Load the database settings for the invoicing service.

The connection URL arrives in INVOICING_DATABASE_URL; on start-up we log
where we are connecting so misconfigured deployments are easy to spot.
"""
import logging
import os
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import psycopg2
from psycopg2.pool import ThreadedConnectionPool

log = logging.getLogger("invoicing.config")


def redact_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


@dataclass
class InvoicingDbConfig:
    url: str
    min_conn: int = 1
    max_conn: int = 10
    statement_timeout_ms: int = 15_000

    @classmethod
    def from_env(cls) -> "InvoicingDbConfig":
        return cls(
            url=os.environ["INVOICING_DATABASE_URL"],
            min_conn=int(os.environ.get("INVOICING_DB_MIN", 1)),
            max_conn=int(os.environ.get("INVOICING_DB_MAX", 10)),
        )


def create_pool(cfg: InvoicingDbConfig) -> ThreadedConnectionPool:
    log.info("invoicing database: %s (pool %d-%d)", redact_url(cfg.url), cfg.min_conn, cfg.max_conn)
    try:
        pool = ThreadedConnectionPool(
            cfg.min_conn, cfg.max_conn, cfg.url,
            options=f"-c statement_timeout={cfg.statement_timeout_ms}",
        )
    except psycopg2.OperationalError:
        log.error("could not connect to invoicing database at %s", redact_url(cfg.url))
        raise
    return pool


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    create_pool(InvoicingDbConfig.from_env()).closeall()
