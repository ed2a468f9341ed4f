"""Route volume report for the milk collection planning team.

Summarises litres collected per farm on a route over a date window so
planners can rebalance tanker capacity between routes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["REPORTS_DATABASE_URL"])


@dataclass
class ReportFilter:
    route_code: str
    start: date
    end: date
    haulier: str | None = None

    @classmethod
    def from_args(cls, args) -> "ReportFilter":
        return cls(
            route_code=args["route"],
            start=date.fromisoformat(args["from"]),
            end=date.fromisoformat(args["to"]),
            haulier=args.get("haulier"),
        )


def build_where(f: ReportFilter) -> str:
    clauses = [
        f"c.route_code = '{f.route_code}'",
        f"c.collected_on BETWEEN '{f.start}' AND '{f.end}'",
    ]
    if f.haulier:
        clauses.append(f"c.haulier = '{f.haulier}'")
    return " AND ".join(clauses)


def volume_sql(f: ReportFilter) -> str:
    return (
        "SELECT c.farm_id, f.farm_name, SUM(c.litres) AS litres, COUNT(*) AS pickups "
        "FROM collections c JOIN farms f ON f.id = c.farm_id "
        f"WHERE {build_where(f)} "
        "GROUP BY c.farm_id, f.farm_name ORDER BY litres DESC"
    )


@app.get("/reports/route-volume")
def route_volume():
    flt = ReportFilter.from_args(request.args)
    with engine.connect() as conn:
        rows = conn.execute(text(volume_sql(flt))).mappings().all()
    total = sum(r["litres"] for r in rows)
    return jsonify(route=flt.route_code, total_litres=total, farms=[dict(r) for r in rows])
