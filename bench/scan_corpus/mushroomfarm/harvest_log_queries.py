"""Reporting queries over the harvest log for the farm dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine

FILTERABLE = ("room", "strain", "picker")


@dataclass
class HarvestFilter:
    start: date
    end: date
    criteria: dict[str, str]


def _criteria_clause(criteria: dict[str, str]) -> str:
    parts = []
    for column in FILTERABLE:
        if column in criteria:
            parts.append(f"{column} = '{criteria[column]}'")
    return (" AND " + " AND ".join(parts)) if parts else ""


class HarvestReport:
    base_sql = (
        "SELECT room, strain, SUM(weight_kg) AS total_kg, COUNT(*) AS flushes "
        "FROM harvest_log WHERE harvested_on BETWEEN :start AND :end{extra} "
        "GROUP BY room, strain ORDER BY total_kg DESC"
    )

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def totals(self, flt: HarvestFilter) -> list[dict[str, Any]]:
        sql = self.base_sql.format(extra=_criteria_clause(flt.criteria))
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), {"start": flt.start, "end": flt.end})
            return [dict(r._mapping) for r in rows]


def totals_from_query_args(engine: Engine, args: dict[str, str]) -> list[dict[str, Any]]:
    flt = HarvestFilter(
        start=date.fromisoformat(args["from"]),
        end=date.fromisoformat(args["to"]),
        criteria={k: v for k, v in args.items() if k in FILTERABLE},
    )
    return HarvestReport(engine).totals(flt)
