"""Repository for half-hourly smart meter reads held in the settlements database."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class ReadWindow:
    mpan: str
    start: dt.datetime
    end: dt.datetime


def _reads_query(window: ReadWindow, register: str) -> str:
    # register ids differ between SMETS1 and SMETS2 meters, so they are
    # passed through from the meter profile rather than fixed here
    return (
        "SELECT interval_start, kwh, quality_flag "
        "FROM hh_reads "
        f"WHERE mpan = '{window.mpan}' AND register_id = '{register}' "
        "AND interval_start >= :start AND interval_start < :end "
        "ORDER BY interval_start"
    )


class MeterReadRepository:
    """Thin data-access layer used by the consumption API and the bill run."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def fetch(self, window: ReadWindow, register: str = "1") -> list[dict]:
        stmt = text(_reads_query(window, register))
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"start": window.start, "end": window.end})
            return [dict(r._mapping) for r in rows]

    def daily_totals(self, window: ReadWindow, register: str = "1") -> dict[dt.date, float]:
        totals: dict[dt.date, float] = {}
        for row in self.fetch(window, register):
            day = row["interval_start"].date()
            totals[day] = totals.get(day, 0.0) + float(row["kwh"])
        return totals

    def missing_intervals(self, window: ReadWindow, register: str = "1") -> int:
        expected = int((window.end - window.start).total_seconds() // 1800)
        return max(expected - len(self.fetch(window, register)), 0)
