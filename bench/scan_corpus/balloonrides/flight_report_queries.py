"""Season reports for the operations manager: flights, cancellations and pilot hours."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Dict, List, Tuple

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class ReportSpec:
    table: str
    date_column: str
    measure: str


class SeasonReports:
    """Runs aggregate reports over whitelisted reporting views."""

    SPECS: Dict[str, ReportSpec] = {
        "flights": ReportSpec("rpt_flights", "flight_date", "COUNT(*)"),
        "cancellations": ReportSpec("rpt_cancellations", "scheduled_date", "COUNT(*)"),
        "pilot_hours": ReportSpec("rpt_pilot_hours", "flight_date", "SUM(duration_min) / 60.0"),
    }

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def _statement(cls, report: str) -> str:
        spec = cls.SPECS.get(report)
        if spec is None:
            raise KeyError(f"unknown report {report!r}")
        return (
            f"SELECT launch_site, {spec.measure} AS value FROM {spec.table} "
            f"WHERE {spec.date_column} BETWEEN :start AND :end "
            "GROUP BY launch_site ORDER BY value DESC"
        )

    def run(self, report: str, start: date, end: date) -> List[Tuple[str, float]]:
        with self.engine.connect() as conn:
            rows = conn.execute(text(self._statement(report)), {"start": start, "end": end})
            return [(r.launch_site, float(r.value or 0)) for r in rows]

    def all_reports(self, start: date, end: date) -> Dict[str, List[Tuple[str, float]]]:
        return {name: self.run(name, start, end) for name in self.SPECS}
