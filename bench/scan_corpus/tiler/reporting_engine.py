"""Read-only database access for the month-end margin reports.

Joins quotes, supplier invoices and crew timesheets to show margin per
job type (bathroom, kitchen splashback, commercial floor).
"""
import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("reports.db")


def reporting_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["REPORTS_DB_USER"],
        password=os.environ["REPORTS_DB_PASSWORD"],
        host=os.environ.get("REPORTS_DB_HOST", "reports-replica.internal"),
        port=int(os.environ.get("REPORTS_DB_PORT", "5432")),
        database=os.environ.get("REPORTS_DB_NAME", "tiler"),
        query={"sslmode": "verify-full", "application_name": "margin-reports"},
    )


@lru_cache(maxsize=1)
def engine() -> Engine:
    url = reporting_url()
    log.info("opening reporting engine on %s", url.render_as_string(hide_password=True))
    eng = create_engine(url, pool_size=3, max_overflow=0, pool_pre_ping=True)
    with eng.connect() as conn:
        conn.execute(text("SET default_transaction_read_only = on"))
    return eng


MARGIN_SQL = text(
    """
    SELECT j.job_type,
           COUNT(*) AS jobs,
           SUM(q.total) AS revenue,
           SUM(si.total) AS materials,
           SUM(t.hours * t.rate) AS labour
    FROM jobs j
    JOIN quotes q ON q.job_id = j.id AND q.status = 'accepted'
    LEFT JOIN supplier_invoice_totals si ON si.job_id = j.id
    LEFT JOIN timesheet_totals t ON t.job_id = j.id
    WHERE j.completed_on >= :start AND j.completed_on < :end
    GROUP BY j.job_type
    ORDER BY revenue DESC
    """
)


def margin_by_job_type(start, end):
    with engine().connect() as conn:
        rows = conn.execute(MARGIN_SQL, {"start": start, "end": end}).mappings().all()
    log.info("margin report %s..%s: %d job types", start, end, len(rows))
    return rows
