"""Sortable, filterable reading worklist for the radiologist web client.

Column headers in the client send ``sort`` and ``dir``; the SQL fragment for
ordering can't be a bind parameter, so it is taken from a fixed mapping.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("worklist_sorted", __name__)

SORT_COLUMNS = {
    "received": "received_at",
    "priority": "priority",
    "modality": "modality",
    "site": "site_code",
    "tat": "tat_deadline",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def db() -> sqlite3.Connection:
    if "worklist_db" not in g:
        g.worklist_db = sqlite3.connect(current_app.config["WORKLIST_DB"])
        g.worklist_db.row_factory = sqlite3.Row
    return g.worklist_db


def build_query(sort: str, direction: str, modality: str | None) -> tuple[str, list]:
    column = SORT_COLUMNS.get(sort, "received_at")
    order = DIRECTIONS.get(direction.lower(), "ASC")
    params: list = [current_user.id]
    where = "assigned_to = ? AND status IN ('unread', 'in_progress')"
    if modality:
        where += " AND modality = ?"
        params.append(modality)
    sql = (
        "SELECT accession, modality, priority, site_code, received_at, tat_deadline "
        f"FROM worklist WHERE {where} ORDER BY {column} {order}, accession LIMIT ?"
    )
    return sql, params


@bp.get("/api/worklist/sorted")
@login_required
def sorted_worklist():
    sql, params = build_query(
        request.args.get("sort", "received"),
        request.args.get("dir", "asc"),
        request.args.get("modality"),
    )
    limit = max(1, min(request.args.get("limit", 100, type=int), 500))
    rows = db().execute(sql, (*params, limit)).fetchall()
    return jsonify(studies=[dict(r) for r in rows])
