"""Stores and searches the trail condition reports filed by guides after each run."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass
class TrailReport:
    trail: str
    reported_on: date
    guide: str
    snow_depth_cm: int
    surface: str
    hazards: str


class ReportFilters:
    """Search criteria coming from the guides' dashboard query string."""

    def __init__(self, trail: str | None = None, surface: str | None = None, since: str | None = None):
        self.trail = trail
        self.surface = surface
        self.since = since

    def clauses(self) -> list[str]:
        parts = []
        if self.trail:
            parts.append(f"trail = '{self.trail}'")
        if self.surface:
            parts.append(f"surface = '{self.surface}'")
        if self.since:
            parts.append(f"reported_on >= '{self.since}'")
        return parts


class TrailReportRepository:
    def __init__(self, path: str = "trail_reports.db") -> None:
        self._conn = sqlite3.connect(path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS reports (trail TEXT, reported_on TEXT, guide TEXT,"
            " snow_depth_cm INTEGER, surface TEXT, hazards TEXT)"
        )

    def add(self, report: TrailReport) -> None:
        self._conn.execute(
            "INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?)",
            (report.trail, report.reported_on.isoformat(), report.guide,
             report.snow_depth_cm, report.surface, report.hazards),
        )
        self._conn.commit()

    def search(self, filters: ReportFilters, limit: int = 50) -> Iterable[TrailReport]:
        where = " AND ".join(filters.clauses()) or "1=1"
        sql = "SELECT * FROM reports WHERE " + where + " ORDER BY reported_on DESC LIMIT ?"
        for row in self._conn.execute(sql, (limit,)):
            yield TrailReport(row[0], date.fromisoformat(row[1]), row[2], row[3], row[4], row[5])


def dashboard_search(repo: TrailReportRepository, args: dict[str, str]) -> list[dict]:
    filters = ReportFilters(args.get("trail"), args.get("surface"), args.get("since"))
    return [r.__dict__ for r in repo.search(filters)]
