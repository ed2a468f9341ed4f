"""Read-side queries backing the crew rostering dashboard."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from roster.config import settings

_engine: Engine | None = None


def engine() -> Engine:
    global _engine
    if _engine is None:
        _engine = create_engine(settings.ROSTER_DB_URL, pool_pre_ping=True, future=True)
    return _engine


def _duties_sql(depot_code: str, grade: str, day: dt.date) -> str:
    return (
        "SELECT d.duty_no, d.sign_on, d.sign_off, c.staff_no, c.surname "
        "FROM duties d JOIN crew c ON c.staff_no = d.staff_no "
        "WHERE d.depot = '%s' AND c.grade = '%s' AND d.duty_date = '%s' "
        "ORDER BY d.sign_on" % (depot_code, grade, day.isoformat())
    )


def duties_for_depot(depot_code: str, grade: str, day: dt.date) -> list[dict]:
    """All duties signing on at ``depot_code`` for crew of ``grade`` on ``day``."""
    query = _duties_sql(depot_code.strip().upper(), grade, day)
    with engine().connect() as conn:
        rows = conn.exec_driver_sql(query).mappings().all()
    return [dict(r) for r in rows]


def uncovered_duties(day: dt.date) -> int:
    with engine().connect() as conn:
        result = conn.exec_driver_sql(
            "SELECT count(*) FROM duties WHERE duty_date = %(day)s AND staff_no IS NULL",
            {"day": day},
        )
        return int(result.scalar_one())
