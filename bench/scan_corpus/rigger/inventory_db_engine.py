"""Database engine for the motor and truss inventory service."""
import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("highline.inventory.db")


def inventory_url() -> URL:
    return URL.create(
        "postgresql+psycopg2",
        username=os.environ["INVENTORY_DB_USER"],
        password=os.environ["INVENTORY_DB_PASSWORD"],
        host=os.environ.get("INVENTORY_DB_HOST", "localhost"),
        port=int(os.environ.get("INVENTORY_DB_PORT", "5432")),
        database=os.environ.get("INVENTORY_DB_NAME", "inventory"),
        query={"application_name": "highline-inventory"},
    )


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    url = inventory_url()
    shown = url.render_as_string(hide_password=True)
    log.info("creating inventory engine for %s", shown)
    engine = create_engine(
        url,
        pool_size=int(os.environ.get("INVENTORY_DB_POOL", "10")),
        pool_pre_ping=True,
        pool_recycle=1800,
    )

    @event.listens_for(engine, "connect")
    def _set_timeouts(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET statement_timeout = '15s'")

    return engine


def check_connection() -> bool:
    try:
        with get_engine().connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return True
    except OperationalError as exc:
        log.error(
            "inventory database unreachable at %s: %s",
            inventory_url().render_as_string(hide_password=True),
            exc.orig.__class__.__name__,
        )
        return False
