"""Create the SQLAlchemy engine for the workshop app and check the schema.

Run on container start before the web workers come up.
"""
from __future__ import annotations

import logging
import os
import sys

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("coraclemaker.bootstrap")

REQUIRED_TABLES = {
    "commissions",
    "stock_items",
    "course_sessions",
    "course_bookings",
    "river_permits",
    "instructors",
}


def database_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["PGUSER"],
        password=os.environ["PGPASSWORD"],
        host=os.environ.get("PGHOST", "localhost"),
        port=int(os.environ.get("PGPORT", "5432")),
        database=os.environ.get("PGDATABASE", "coraclemaker"),
    )


def make_engine() -> Engine:
    url = database_url()
    log.info("connecting to %s", url.render_as_string(hide_password=True))
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def check_schema(engine: Engine) -> set[str]:
    present = set(inspect(engine).get_table_names())
    return REQUIRED_TABLES - present


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    engine = make_engine()
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version()")).scalar_one()
    log.info("database is up: %s", version.split(",")[0])
    missing = check_schema(engine)
    if missing:
        log.error("schema incomplete, missing tables: %s", ", ".join(sorted(missing)))
        return 1
    log.info("schema ok (%d tables checked)", len(REQUIRED_TABLES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
