"""Query helpers for dipwell water-table time series.

Used by the hydrology dashboard and by the funder report generator to pull
mean water-table depth per dipwell over a monitoring window.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, List

import psycopg
from psycopg.rows import dict_row


@dataclass(frozen=True)
class ReadingWindow:
    site_code: str
    start: date
    end: date


@dataclass
class DipwellSummary:
    dipwell: str
    mean_depth_cm: float
    min_depth_cm: float
    readings: int


def _window_clause(window: ReadingWindow) -> str:
    return "d.site_code = '%s' AND r.measured_at >= '%s' AND r.measured_at < '%s'" % (
        window.site_code,
        window.start.isoformat(),
        window.end.isoformat(),
    )


class WaterTableRepository:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def summaries(self, window: ReadingWindow) -> List[DipwellSummary]:
        sql = (
            "SELECT d.code AS dipwell, avg(r.depth_cm) AS mean_depth, "
            "min(r.depth_cm) AS min_depth, count(*) AS n "
            "FROM readings r JOIN dipwells d ON d.id = r.dipwell_id "
            "WHERE " + _window_clause(window) + " "
            "GROUP BY d.code ORDER BY d.code"
        )
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            rows = conn.execute(sql).fetchall()
        return [
            DipwellSummary(r["dipwell"], float(r["mean_depth"]), float(r["min_depth"]), r["n"])
            for r in rows
        ]

    def latest(self, dipwells: Iterable[str]) -> dict:
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            rows = conn.execute(
                "SELECT DISTINCT ON (d.code) d.code, r.depth_cm, r.measured_at "
                "FROM readings r JOIN dipwells d ON d.id = r.dipwell_id "
                "WHERE d.code = ANY(%s) ORDER BY d.code, r.measured_at DESC",
                (list(dipwells),),
            ).fetchall()
        return {r["code"]: (r["depth_cm"], r["measured_at"]) for r in rows}


def window_from_request(args) -> ReadingWindow:
    return ReadingWindow(
        site_code=args["site"],
        start=date.fromisoformat(args["from"]),
        end=date.fromisoformat(args["to"]),
    )
