"""SQLAlchemy engine factory for the SCADA event-journal reporting replica."""
from __future__ import annotations

import os
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine


def _journal_url(
    host: str,
    database: str = "scada_journal",
    username: str = "journal_reader",
    password: str = "Jrn!Cs07-replica#2291",
    port: int = 5432,
) -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=username,
        password=password,
        host=host,
        port=port,
        database=database,
        query={"sslmode": "verify-full", "application_name": "journal-reports"},
    )


@lru_cache(maxsize=1)
def journal_engine() -> Engine:
    url = _journal_url(host=os.environ["SCADA_JOURNAL_HOST"])
    return create_engine(url, pool_size=5, max_overflow=2, pool_pre_ping=True)


def alarm_counts(station: str, days: int = 30) -> list[tuple[str, int]]:
    stmt = text(
        """
        SELECT alarm_class, count(*)
        FROM event_journal
        WHERE station_code = :station
          AND occurred_at >= now() - make_interval(days => :days)
        GROUP BY alarm_class
        ORDER BY count(*) DESC
        """
    )
    with journal_engine().connect() as conn:
        return [(row[0], row[1]) for row in conn.execute(stmt, {"station": station, "days": days})]
