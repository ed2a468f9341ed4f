"""Create the dose-records schema for a new nuclear-medicine site.

Reads the database URL from ``DOSE_DB_URL`` and reports which server it
is connecting to before creating tables.
"""
import logging
import os
import sys

from sqlalchemy import (Column, DateTime, Float, Integer, MetaData, String, Table,
                        create_engine)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("nm.dose_db_bootstrap")
metadata = MetaData()

dose_assays = Table(
    "dose_assays",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("dose_id", String(32), unique=True, nullable=False),
    Column("isotope", String(16), nullable=False),
    Column("activity_mbq", Float, nullable=False),
    Column("measured_at", DateTime(timezone=True), nullable=False),
    Column("calibrator_serial", String(32), nullable=False),
    Column("operator_badge", String(16), nullable=False),
)

calibrator_qc = Table(
    "calibrator_qc",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("calibrator_serial", String(32), nullable=False),
    Column("test_type", String(16), nullable=False),
    Column("result", String(8), nullable=False),
    Column("performed_at", DateTime(timezone=True), nullable=False),
)


def bootstrap(url: str) -> None:
    safe_url = make_url(url).render_as_string(hide_password=True)
    log.info("creating dose-records schema on %s", safe_url)
    engine = create_engine(url, pool_pre_ping=True)
    try:
        metadata.create_all(engine)
    except OperationalError as exc:
        raise SystemExit(f"could not create schema on {safe_url}: {exc.orig}") from None
    finally:
        engine.dispose()
    log.info("created tables: %s", ", ".join(sorted(metadata.tables)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if "DOSE_DB_URL" not in os.environ:
        sys.exit("DOSE_DB_URL is not set")
    bootstrap(os.environ["DOSE_DB_URL"])
