"""SQLAlchemy engine for the nightly sales and consignment reports."""
import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("framer.reports.db")


def reporting_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=os.environ.get("REPORTS_DB_USER", "reports"),
        password=os.environ["REPORTS_DB_PASSWORD"],
        host=os.environ.get("REPORTS_DB_HOST", "db.internal"),
        port=int(os.environ.get("REPORTS_DB_PORT", "5432")),
        database=os.environ.get("REPORTS_DB_NAME", "framer"),
        query={"sslmode": "require", "application_name": "framer-reports"},
    )


@lru_cache(maxsize=1)
def reporting_engine() -> Engine:
    url = reporting_url()
    log.info("reports connecting to %s", url.render_as_string(hide_password=True))
    return create_engine(url, pool_size=3, pool_pre_ping=True, future=True)


def monthly_consignment_totals(year: int, month: int) -> list[dict]:
    sql = text(
        """
        SELECT ar.name, SUM(e.amount) AS owed
        FROM consignment_entries e JOIN artists ar ON ar.id = e.artist_id
        WHERE date_part('year', e.posted_on) = :y AND date_part('month', e.posted_on) = :m
        GROUP BY ar.name ORDER BY ar.name
        """
    )
    with reporting_engine().connect() as conn:
        rows = conn.execute(sql, {"y": year, "m": month}).mappings().all()
    log.info("consignment totals for %04d-%02d: %d artists", year, month, len(rows))
    return [dict(r) for r in rows]
