"""SQLAlchemy engine setup for the stave warehouse and range-booking database."""
import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("warehouse.db")


def database_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=os.environ["WAREHOUSE_DB_USER"],
        password=os.environ["WAREHOUSE_DB_PASSWORD"],
        host=os.environ.get("WAREHOUSE_DB_HOST", "warehouse-db.internal"),
        port=int(os.environ.get("WAREHOUSE_DB_PORT", "5432")),
        database=os.environ.get("WAREHOUSE_DB_NAME", "warehouse"),
        query={"sslmode": os.environ.get("WAREHOUSE_DB_SSLMODE", "verify-full")},
    )


@lru_cache(maxsize=1)
def engine() -> Engine:
    url = database_url()
    eng = create_engine(
        url,
        pool_size=int(os.environ.get("WAREHOUSE_DB_POOL", "5")),
        pool_pre_ping=True,
        future=True,
    )
    log.info("warehouse engine created for %s", url.render_as_string(hide_password=True))

    @event.listens_for(eng, "connect")
    def _set_search_path(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET search_path TO warehouse, public")

    return eng


def check_connection() -> bool:
    try:
        with engine().connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return True
    except Exception as exc:  # report and let the health endpoint decide
        log.error("warehouse database unreachable at %s: %s",
                  database_url().render_as_string(hide_password=True), type(exc).__name__)
        return False
