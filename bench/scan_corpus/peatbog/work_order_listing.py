"""Paged listing of work orders for the contractor portal.

Contractors see their own work orders and can sort the table by any of the
visible columns.
"""
from __future__ import annotations

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from sqlalchemy import text

from .db import engine

bp = Blueprint("work_orders", __name__)

SORT_COLUMNS = {
    "created": "w.created_at",
    "site": "s.name",
    "dams": "w.dams_planned",
    "status": "w.status",
    "due": "w.due_on",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = 50


@bp.get("/contractor/work-orders")
@login_required
def list_work_orders():
    if current_user.contractor_id is None:
        abort(403)
    column = SORT_COLUMNS.get(request.args.get("sort", "created"), "w.created_at")
    direction = DIRECTIONS.get(request.args.get("dir", "desc").lower(), "DESC")
    page = max(request.args.get("page", default=1, type=int), 1)

    stmt = text(
        "SELECT w.id, s.name AS site, w.dam_type, w.dams_planned, w.status, w.due_on "
        "FROM work_orders w JOIN sites s ON s.id = w.site_id "
        "WHERE w.contractor_id = :contractor "
        f"ORDER BY {column} {direction}, w.id "
        "LIMIT :limit OFFSET :offset"
    )
    with engine.connect() as conn:
        rows = conn.execute(
            stmt,
            {
                "contractor": current_user.contractor_id,
                "limit": PAGE_SIZE,
                "offset": (page - 1) * PAGE_SIZE,
            },
        ).mappings().all()
    return jsonify(
        {
            "page": page,
            "sort": column,
            "results": [
                {**row, "due_on": row["due_on"].isoformat() if row["due_on"] else None}
                for row in rows
            ],
        }
    )
