"""Connection to the reporting warehouse.

Carbon statements for landowners and the annual monitoring report are
built from the reporting warehouse. This module assembles the connection
from environment settings and opens it for the report builders.
"""

import logging
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger(__name__)


def warehouse_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=os.environ["WAREHOUSE_USER"],
        password=os.environ["WAREHOUSE_PASSWORD"],
        host=os.environ.get("WAREHOUSE_HOST", "warehouse.internal"),
        port=int(os.environ.get("WAREHOUSE_PORT", "5432")),
        database=os.environ.get("WAREHOUSE_DB", "reporting"),
        query={"application_name": "peatcutter-reports"},
    )


def open_warehouse(statement_timeout_ms: int = 120_000) -> Engine:
    url = warehouse_url()
    log.info("Connecting to reporting warehouse %s", url.render_as_string(hide_password=True))
    engine = create_engine(
        url,
        pool_size=3,
        pool_pre_ping=True,
        connect_args={"options": f"-c statement_timeout={statement_timeout_ms}"},
    )
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine
