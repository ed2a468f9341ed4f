"""Engine factory for the sales reporting warehouse (read replica)."""
import logging
import os
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("reporting.db")


def reporting_url():
    return make_url(os.environ["REPORTING_DATABASE_URL"])


def build_engine(retries: int = 5, wait: float = 2.0) -> Engine:
    url = reporting_url()
    printable = url.render_as_string(hide_password=True)
    engine = create_engine(url, pool_size=5, pool_pre_ping=True)
    for attempt in range(1, retries + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("reporting warehouse ready at %s", printable)
            return engine
        except OperationalError as exc:
            log.warning(
                "reporting warehouse %s unavailable (attempt %d/%d): %s",
                printable, attempt, retries, exc.orig.__class__.__name__,
            )
            time.sleep(wait * attempt)
    raise RuntimeError(f"could not reach reporting warehouse {printable}")


def monthly_sales(engine: Engine, year: int) -> list[dict]:
    sql = text(
        "SELECT date_trunc('month', sold_at) AS month, product_line, SUM(net_cents) AS net "
        "FROM sales WHERE extract(year FROM sold_at) = :year "
        "GROUP BY 1, 2 ORDER BY 1, 2"
    )
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(sql, {"year": year}).mappings()]
