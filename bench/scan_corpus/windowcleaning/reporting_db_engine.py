"""SQLAlchemy engine for the read-only reporting replica (weekly takings, round density)."""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("rounds.reporting.db")


def reporting_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=os.environ["REPORTING_DB_USER"],
        password=os.environ["REPORTING_DB_PASSWORD"],
        host=os.environ["REPORTING_DB_HOST"],
        port=int(os.environ.get("REPORTING_DB_PORT", "5432")),
        database=os.environ.get("REPORTING_DB_NAME", "rounds"),
        query={"sslmode": "verify-full", "application_name": "rounds-reporting"},
    )


@lru_cache(maxsize=1)
def reporting_engine() -> Engine:
    url = reporting_url()
    log.info("Connecting to reporting replica %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_size=3, max_overflow=2, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET default_transaction_read_only = on")

    return engine


def weekly_takings(weeks: int = 12):
    from sqlalchemy import text

    with reporting_engine().connect() as conn:
        return conn.execute(
            text(
                "SELECT date_trunc('week', posted_on) AS week, SUM(-amount_pence) AS takings "
                "FROM ledger WHERE kind IN ('cash', 'card', 'direct_debit') "
                "AND posted_on > CURRENT_DATE - (:weeks * 7) GROUP BY 1 ORDER BY 1"
            ),
            {"weeks": weeks},
        ).all()
