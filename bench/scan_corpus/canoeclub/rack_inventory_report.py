"""Rack inventory report for the boathouse admin screen.

Committee members can filter the rack list and sort it by a column
chosen from a drop-down.
"""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from flask import Blueprint, current_app, render_template, request

bp = Blueprint("rack_report", __name__, url_prefix="/admin/racks")

SORT_COLUMNS = {
    "rack": "r.rack_no, r.slot",
    "member": "m.surname, m.given_name",
    "paid": "r.paid_until",
    "boat": "r.boat_type",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class RackFilter:
    location: str | None = None
    boat_type: str | None = None
    sort: str = "rack"
    direction: str = "asc"

    @classmethod
    def from_args(cls, args) -> "RackFilter":
        return cls(
            location=args.get("location") or None,
            boat_type=args.get("boat_type") or None,
            sort=args.get("sort", "rack"),
            direction=args.get("dir", "asc"),
        )


def build_query(flt: RackFilter) -> tuple[str, list]:
    clauses, params = [], []
    if flt.location:
        clauses.append("r.location = %s")
        params.append(flt.location)
    if flt.boat_type:
        clauses.append("r.boat_type = %s")
        params.append(flt.boat_type)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    order = SORT_COLUMNS.get(flt.sort, SORT_COLUMNS["rack"])
    direction = DIRECTIONS.get(flt.direction, "ASC")
    sql = (
        "SELECT r.rack_no, r.slot, r.boat_type, r.paid_until, m.surname, m.given_name "
        f"FROM rack_slots r LEFT JOIN members m ON m.id = r.member_id {where} "
        f"ORDER BY {order} {direction}"
    )
    return sql, params


@bp.get("/")
def rack_report():
    flt = RackFilter.from_args(request.args)
    sql, params = build_query(flt)
    with psycopg.connect(current_app.config["DATABASE_DSN"]) as conn:
        rows = conn.execute(sql, params).fetchall()
    return render_template("admin/racks.html", rows=rows, filter=flt, sorts=list(SORT_COLUMNS))
