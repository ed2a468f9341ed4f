"""Engine factory for the invoicing database with start-up diagnostics.

The URL is assembled from separate environment variables so the password
can be injected by the secret store; the log only ever shows the URL
with the password masked.
"""
from __future__ import annotations

import logging
import os
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("invoicing.db")


def invoice_db_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["INVOICE_DB_USER"],
        password=os.environ["INVOICE_DB_PASSWORD"],
        host=os.environ["INVOICE_DB_HOST"],
        port=int(os.environ.get("INVOICE_DB_PORT", "5432")),
        database=os.environ.get("INVOICE_DB_NAME", "invoicing"),
        query={"sslmode": "verify-full"},
    )


def open_engine(url: URL | None = None, attempts: int = 5, delay: float = 2.0) -> Engine:
    url = url or invoice_db_url()
    safe_url = url.render_as_string(hide_password=True)
    engine = create_engine(url, pool_pre_ping=True, pool_size=5)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1 FROM invoicing.invoice_runs LIMIT 1"))
            log.info("connected to %s", safe_url)
            return engine
        except OperationalError:
            log.warning("invoicing database not ready (attempt %d/%d) at %s", attempt, attempts, safe_url)
            time.sleep(delay * attempt)
    raise RuntimeError(f"invoicing database unavailable at {safe_url}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    open_engine()
