"""Occupancy and ageing report for tyre hotel warehouses.

Regional managers pick a warehouse and a report type in the back office.
Each report type reads from its own reporting view; the view name comes
from a fixed mapping and all user values are bound parameters.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

REPORT_VIEWS = {
    "occupancy": "rpt_hotel_occupancy",
    "ageing": "rpt_hotel_set_ageing",
    "worn": "rpt_hotel_below_limit",
}


@dataclass
class ReportRequest:
    report: str
    warehouse_code: str
    season: str
    as_of: date
    limit: int = 500


class UnknownReport(ValueError):
    pass


def _view_for(report: str) -> str:
    try:
        return REPORT_VIEWS[report]
    except KeyError as exc:
        raise UnknownReport(report) from exc


def run_report(engine: Engine, req: ReportRequest) -> list[dict]:
    view = _view_for(req.report)
    sql = text(
        f"SELECT * FROM {view} "
        "WHERE warehouse_code = :wh AND season = :season AND snapshot_date <= :as_of "
        "ORDER BY rack_slot LIMIT :lim"
    )
    params = {
        "wh": req.warehouse_code,
        "season": req.season,
        "as_of": req.as_of,
        "lim": min(max(req.limit, 1), 5000),
    }
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(sql, params).mappings()]


def to_csv_rows(rows: list[dict]) -> list[list[str]]:
    if not rows:
        return []
    header = list(rows[0])
    return [header] + [[str(row[col]) for col in header] for row in rows]
