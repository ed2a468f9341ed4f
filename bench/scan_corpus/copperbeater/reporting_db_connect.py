"""Engine factory for the reporting replica used by the monthly sales jobs."""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("copperbeater.reporting")


def reporting_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ.get("REPORTING_DB_USER", "reporting"),
        password=os.environ["REPORTING_DB_PASSWORD"],
        host=os.environ.get("REPORTING_DB_HOST", "reporting-replica.internal"),
        port=int(os.environ.get("REPORTING_DB_PORT", "5432")),
        database=os.environ.get("REPORTING_DB_NAME", "copperbeater"),
    )


@lru_cache(maxsize=1)
def reporting_engine() -> Engine:
    url = reporting_url()
    log.info("opening reporting engine %s", url.render_as_string(hide_password=True))
    return create_engine(url, pool_size=3, pool_pre_ping=True)


def monthly_sales(year: int, month: int) -> list[dict]:
    stmt = text(
        "SELECT category, SUM(total_pence) AS total, COUNT(*) AS orders "
        "FROM sales WHERE date_part('year', sold_on) = :y AND date_part('month', sold_on) = :m "
        "GROUP BY category ORDER BY total DESC"
    )
    with reporting_engine().connect() as conn:
        return [dict(r) for r in conn.execute(stmt, {"y": year, "m": month}).mappings()]


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    y, m = int(sys.argv[1]), int(sys.argv[2])
    for row in monthly_sales(y, m):
        print(f"{row['category']:<20} {row['orders']:>5} orders  £{row['total'] / 100:,.2f}")
