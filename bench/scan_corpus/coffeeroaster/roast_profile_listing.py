"""Roast batch listing for the quality team's dashboard.

Batches exported from the roaster logging software are stored in
``roast_batches``. The dashboard table can be sorted by any of its
columns; the sort key comes from the table header the user clicked.
"""
from __future__ import annotations

import os
from datetime import date

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("roast_listing", __name__, url_prefix="/dashboard/roasts")

DSN = os.environ["QUALITY_DB_DSN"]
PAGE_SIZE = 50

SORT_COLUMNS = {
    "roasted": "roasted_at",
    "profile": "profile_name",
    "charge": "charge_temp_c",
    "development": "development_s",
    "loss": "weight_loss_pct",
    "score": "cupping_score",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class BatchQuery:
    def __init__(self, sort_key: str, direction: str) -> None:
        self.column = SORT_COLUMNS.get(sort_key, "roasted_at")
        self.direction = DIRECTIONS.get(direction.lower(), "DESC")

    @property
    def sql(self) -> str:
        return (
            "SELECT batch_id, machine, profile_name, charge_temp_c, development_s, "
            "weight_loss_pct, cupping_score, roasted_at FROM roast_batches "
            "WHERE machine = %s AND roasted_at::date BETWEEN %s AND %s "
            f"ORDER BY {self.column} {self.direction}, batch_id "
            "LIMIT %s OFFSET %s"
        )


@bp.get("/<machine>")
def batches(machine: str):
    try:
        since = date.fromisoformat(request.args.get("since", date.today().replace(day=1).isoformat()))
        until = date.fromisoformat(request.args.get("until", date.today().isoformat()))
    except ValueError:
        abort(400)
    page = max(request.args.get("page", 0, type=int), 0)
    query = BatchQuery(request.args.get("sort", "roasted"), request.args.get("dir", "desc"))

    with psycopg.connect(DSN, row_factory=dict_row) as conn:
        rows = conn.execute(
            query.sql, (machine, since, until, PAGE_SIZE, page * PAGE_SIZE)
        ).fetchall()
    for row in rows:
        row["roasted_at"] = row["roasted_at"].isoformat()
    return jsonify({"machine": machine, "page": page, "batches": rows})
