"""SQLAlchemy engine factory for the reporting replica.

Management reports (yield by species, kiln utilisation, debtor days) run
against a read-only replica. The URL is assembled from individual
settings so that the password can be rotated on its own.
"""
import logging
from functools import lru_cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine

from sawyer.settings import reporting_db

log = logging.getLogger("sawyer.reporting")


def reporting_url(cfg=None) -> URL:
    cfg = cfg or reporting_db()
    return URL.create(
        "postgresql+psycopg",
        username=cfg.user,
        password=cfg.password,
        host=cfg.host,
        port=cfg.port,
        database=cfg.name,
        query={"sslmode": "verify-full", "target_session_attrs": "read-only"},
    )


@lru_cache(maxsize=1)
def reporting_engine() -> Engine:
    url = reporting_url()
    engine = create_engine(url, pool_size=5, pool_pre_ping=True, pool_recycle=1800)
    log.info("reporting engine created for %s", url.render_as_string(hide_password=True))

    @event.listens_for(engine, "connect")
    def _readonly(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET default_transaction_read_only = on")

    return engine


def dispose() -> None:
    if reporting_engine.cache_info().currsize:
        reporting_engine().dispose()
        reporting_engine.cache_clear()
        log.info("reporting engine disposed")
