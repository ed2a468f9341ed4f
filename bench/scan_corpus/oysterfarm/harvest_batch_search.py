"""Search over harvest batches for the office staff's traceability screen."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("batch_search", __name__, url_prefix="/office/batches")

SEARCHABLE = ("batch_no", "harvest_area", "lease_bed", "harvester")


@dataclass
class BatchFilter:
    field: str
    value: str

    def clause(self) -> str:
        return "{} = '{}'".format(self.field, self.value)


def _filters_from(args: dict[str, str]) -> list[BatchFilter]:
    return [BatchFilter(name, args[name]) for name in SEARCHABLE if args.get(name)]


def search_batches(filters: list[BatchFilter], harvested_from: date, harvested_to: date) -> list[dict[str, Any]]:
    where = ["harvested_on BETWEEN :start AND :end"]
    where.extend(f.clause() for f in filters)
    sql = (
        "SELECT batch_no, harvest_area, lease_bed, harvester, harvested_on, dozens, status "
        "FROM harvest_batches WHERE " + " AND ".join(where) + " ORDER BY harvested_on DESC LIMIT 500"
    )
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"start": harvested_from, "end": harvested_to}).mappings().all()
    return [dict(r) for r in rows]


@bp.get("/search")
def search():
    args = request.args.to_dict()
    harvested_from = date.fromisoformat(args.pop("from", "2020-01-01"))
    harvested_to = date.fromisoformat(args.pop("to", date.today().isoformat()))
    rows = search_batches(_filters_from(args), harvested_from, harvested_to)
    for row in rows:
        row["harvested_on"] = row["harvested_on"].isoformat()
    return jsonify({"count": len(rows), "batches": rows})
