"""Spoil volume reporting across haulage ticket tables.

Tickets are partitioned by launch shaft; the reporting view lets planners
pick a shaft and a date range to total tonnage per tip site.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine


class SpoilVolumeReport:
    SHAFT_TABLES = {
        "north": "haulage_tickets_north",
        "south": "haulage_tickets_south",
        "crossover": "haulage_tickets_xover",
    }

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def table_for(cls, shaft: str) -> str:
        try:
            return cls.SHAFT_TABLES[shaft]
        except KeyError:
            raise ValueError(f"unknown shaft {shaft!r}") from None

    def _statement(self, shaft: str):
        table = self.table_for(shaft)
        return text(
            f"SELECT tip_site, COUNT(*) AS loads, SUM(net_tonnes) AS tonnes "
            f"FROM {table} "
            "WHERE shift_date BETWEEN :start AND :end AND status = :status "
            "GROUP BY tip_site ORDER BY tonnes DESC"
        )

    def totals(self, shaft: str, start: date, end: date) -> list[dict]:
        stmt = self._statement(shaft)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"start": start, "end": end, "status": "closed"})
            return [dict(r._mapping) for r in rows]


def report_from_request(engine: Engine, params: dict) -> list[dict]:
    return SpoilVolumeReport(engine).totals(
        params.get("shaft", "north"),
        date.fromisoformat(params["start"]),
        date.fromisoformat(params["end"]),
    )
