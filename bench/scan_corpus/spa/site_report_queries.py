"""Management report queries across the per-site booking tables.

Each spa keeps its treatment bookings in its own partitioned table, named
after the site code, which is why the table name is chosen at runtime.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine

SITE_TABLES: dict[str, str] = {
    "BTH": "bookings_bath",
    "HRG": "bookings_harrogate",
    "EDI": "bookings_edinburgh",
    "CHL": "bookings_cheltenham",
}


def _table_for(site_code: str) -> str:
    try:
        return SITE_TABLES[site_code.upper()]
    except KeyError as exc:
        raise ValueError(f"unknown site {site_code!r}") from exc


def revenue_by_treatment(engine: Engine, site_code: str, start: date, end: date) -> list[dict[str, Any]]:
    table = _table_for(site_code)
    sql = text(
        f"SELECT treatment_code, COUNT(*) AS bookings, SUM(price_pence) AS revenue "
        f"FROM {table} WHERE treatment_date BETWEEN :start AND :end AND status = :status "
        f"GROUP BY treatment_code ORDER BY revenue DESC"
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, {"start": start, "end": end, "status": "completed"})
        return [dict(row._mapping) for row in rows]


def therapist_utilisation(engine: Engine, site_code: str, day: date) -> list[dict[str, Any]]:
    table = _table_for(site_code)
    sql = text(
        f"SELECT therapist_id, SUM(duration_minutes) AS minutes FROM {table} "
        f"WHERE treatment_date = :day GROUP BY therapist_id"
    )
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(sql, {"day": day})]
