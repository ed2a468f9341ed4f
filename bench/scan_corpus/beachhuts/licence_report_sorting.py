"""Sortable licence report for the seafront office."""

from __future__ import annotations

import psycopg
from flask import Blueprint, abort, current_app, jsonify, request

from .auth import staff_required

bp = Blueprint("licence_report", __name__, url_prefix="/admin/reports")

SORT_COLUMNS = {
    "hut": "h.number",
    "zone": "h.zone",
    "holder": "l.holder_name",
    "start": "l.start_date",
    "end": "l.end_date",
    "fee": "l.fee_pence",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_query(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["hut"])
    order = DIRECTIONS.get(direction.lower(), "ASC")
    return (
        "SELECT h.number, h.zone, l.holder_name, l.start_date, l.end_date, l.fee_pence "
        "FROM licences l JOIN huts h ON h.id = l.hut_id "
        f"WHERE l.season = %s ORDER BY {column} {order}"
    )


@bp.get("/licences")
@staff_required
def licences():
    try:
        season = int(request.args["season"])
    except (KeyError, ValueError):
        abort(400, "season must be a year")
    query = build_query(request.args.get("sort", "hut"), request.args.get("dir", "asc"))
    with psycopg.connect(current_app.config["DATABASE_DSN"]) as conn:
        rows = conn.execute(query, (season,)).fetchall()
    return jsonify(
        [
            {
                "hut": hut,
                "zone": zone,
                "holder": holder,
                "start": start.isoformat(),
                "end": end.isoformat(),
                "fee_gbp": f"{fee / 100:.2f}",
            }
            for hut, zone, holder, start, end, fee in rows
        ]
    )
