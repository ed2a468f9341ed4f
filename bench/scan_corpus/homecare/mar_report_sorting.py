"""Sortable MAR listing for the clinical lead's medicines dashboard.

The dashboard lets the user sort by any visible column; the column name
in the query string is mapped to a fixed SQL expression before use.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request

from .auth import login_required, role_required

bp = Blueprint("mar_dashboard", __name__, url_prefix="/mar")

SORTABLE_COLUMNS = {
    "time": "m.administered_at",
    "medication": "m.medication",
    "outcome": "m.outcome",
    "carer": "c.display_name",
    "client": "cl.display_name",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class SortSpec:
    column: str
    direction: str

    @classmethod
    def from_args(cls, args) -> "SortSpec":
        column = SORTABLE_COLUMNS.get(args.get("sort", "time"))
        direction = DIRECTIONS.get(args.get("dir", "desc").lower())
        if column is None or direction is None:
            abort(400, description="unsupported sort")
        return cls(column, direction)


def _query(spec: SortSpec) -> str:
    return (
        "SELECT m.id, m.administered_at, m.medication, m.dose, m.outcome, "
        "c.display_name AS carer, cl.display_name AS client "
        "FROM mar_entries m JOIN carers c ON c.id = m.carer_id "
        "JOIN clients cl ON cl.id = m.client_id "
        "WHERE cl.branch_id = ? AND date(m.administered_at) = ? "
        f"ORDER BY {spec.column} {spec.direction} LIMIT 500"
    )


@bp.get("/dashboard")
@login_required
@role_required("clinical_lead", "registered_manager")
def dashboard():
    try:
        branch_id = int(request.args["branch"])
        day = date.fromisoformat(request.args.get("day", date.today().isoformat()))
    except (KeyError, ValueError):
        abort(400, description="branch and day are required")
    spec = SortSpec.from_args(request.args)
    with sqlite3.connect(current_app.config["MAR_DB_PATH"]) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(_query(spec), (branch_id, day.isoformat())).fetchall()
    return jsonify([dict(row) for row in rows])
