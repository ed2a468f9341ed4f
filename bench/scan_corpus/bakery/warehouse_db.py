"""Engine factory for the flour silo and finished-goods warehouse database."""
import logging
import os

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine

log = logging.getLogger(__name__)


def warehouse_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ.get("WAREHOUSE_DB_USER", "wms_app"),
        password=os.environ["WAREHOUSE_DB_PASSWORD"],
        host=os.environ.get("WAREHOUSE_DB_HOST", "wms-db.plant.internal"),
        port=int(os.environ.get("WAREHOUSE_DB_PORT", "5432")),
        database=os.environ.get("WAREHOUSE_DB_NAME", "wms"),
        query={"sslmode": "verify-full", "application_name": "silo-planner"},
    )


def make_engine(pool_size: int = 5) -> Engine:
    url = warehouse_url()
    log.info("connecting to warehouse db %s (pool_size=%d)", url.render_as_string(hide_password=True), pool_size)
    return create_engine(url, pool_size=pool_size, pool_pre_ping=True)
