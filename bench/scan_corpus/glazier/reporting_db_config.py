"""Connection settings for the reporting replica.

Management reports (conversion rate of quotes, remakes due to
mis-measures, breakage claims by insurer) run against a read replica.
"""
import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("reporting.db")


def replica_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg2",
        username=os.environ["REPORTING_DB_USER"],
        password=os.environ["REPORTING_DB_PASSWORD"],
        host=os.environ.get("REPORTING_DB_HOST", "reporting-replica.internal"),
        port=int(os.environ.get("REPORTING_DB_PORT", "5432")),
        database=os.environ.get("REPORTING_DB_NAME", "glazeops"),
        query={"sslmode": "require", "application_name": "glazeops-reports"},
    )


@lru_cache(maxsize=1)
def reporting_engine() -> Engine:
    url = replica_url()
    log.info("Reporting replica: %s", url.render_as_string(hide_password=True))
    engine = create_engine(
        url,
        pool_size=3,
        max_overflow=2,
        pool_recycle=1800,
        execution_options={"postgresql_readonly": True},
    )
    return engine


def describe() -> dict:
    url = replica_url()
    return {
        "host": url.host,
        "port": url.port,
        "database": url.database,
        "user": url.username,
    }
