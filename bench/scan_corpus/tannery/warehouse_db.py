"""Engine setup for the finished-goods warehouse database (rolls, pallets, bins)."""
import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine

log = logging.getLogger(__name__)


def warehouse_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=os.environ["WAREHOUSE_DB_USER"],
        password=os.environ["WAREHOUSE_DB_PASSWORD"],
        host=os.environ.get("WAREHOUSE_DB_HOST", "localhost"),
        port=int(os.environ.get("WAREHOUSE_DB_PORT", "5432")),
        database=os.environ.get("WAREHOUSE_DB_NAME", "warehouse"),
    )


@lru_cache(maxsize=1)
def engine() -> Engine:
    url = warehouse_url()
    log.info("warehouse database: %s", url.render_as_string(hide_password=True))
    eng = create_engine(url, pool_size=int(os.environ.get("WAREHOUSE_DB_POOL", "5")),
                        pool_pre_ping=True, pool_recycle=1800)

    @event.listens_for(eng, "connect")
    def _set_search_path(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET search_path TO warehouse, public")

    return eng


def ping() -> bool:
    try:
        with engine().connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return True
    except Exception as exc:
        log.error("warehouse database unreachable: %s", type(exc).__name__)
        return False
