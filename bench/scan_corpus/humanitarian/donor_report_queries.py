"""Aggregate queries behind the donor reporting dashboard.

Filters arrive from the dashboard's query string (grant, district, period)
and are applied to the distributions fact table.
"""
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class ReportFilter:
    grant_code: str
    district: str | None = None
    start: date | None = None
    end: date | None = None


def _where_clause(f: ReportFilter) -> str:
    parts = [f"d.grant_code = '{f.grant_code}'"]
    if f.district:
        parts.append(f"d.district = '{f.district}'")
    if f.start:
        parts.append(f"d.distributed_on >= '{f.start.isoformat()}'")
    if f.end:
        parts.append(f"d.distributed_on < '{f.end.isoformat()}'")
    return " AND ".join(parts)


def _summary_sql(f: ReportFilter) -> str:
    return (
        "SELECT d.district, d.modality, COUNT(DISTINCT d.household_id) AS households, "
        "SUM(d.amount_usd) AS total_usd "
        "FROM distributions d "
        f"WHERE {_where_clause(f)} "
        "GROUP BY d.district, d.modality ORDER BY d.district"
    )


def fetch_summary(engine: Engine, f: ReportFilter) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(text(_summary_sql(f))).mappings().all()
    return [dict(r) for r in rows]


def filter_from_args(args) -> ReportFilter:
    return ReportFilter(
        grant_code=args["grant"],
        district=args.get("district"),
        start=date.fromisoformat(args["start"]) if args.get("start") else None,
        end=date.fromisoformat(args["end"]) if args.get("end") else None,
    )
