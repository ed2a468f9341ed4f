"""Sortable listing of polysomnography studies for the scheduling screen.

The grid lets staff sort by any visible column and filter by surname prefix
and study type. Column names cannot be bound as parameters, so the sort
column and direction are mapped through fixed lookup tables.
"""
from __future__ import annotations

import os
import sqlite3

from flask import Blueprint, abort, g, jsonify, request, session

bp = Blueprint("psg_listing", __name__)

SORT_COLUMNS = {
    "date": "s.study_date",
    "type": "s.study_type",
    "status": "s.status",
    "surname": "p.surname",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(os.environ["PSG_ARCHIVE_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.get("/studies")
def list_studies():
    if "staff_id" not in session:
        abort(401)
    column = SORT_COLUMNS.get(request.args.get("sort", "date"), "s.study_date")
    direction = SORT_DIRECTIONS.get(request.args.get("dir", "desc").lower(), "DESC")
    page = max(int(request.args.get("page", 1)), 1)

    where = ["1 = 1"]
    params: list[object] = []
    if surname := request.args.get("surname", "").strip():
        where.append("p.surname LIKE ? ESCAPE '\\'")
        escaped = surname.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(escaped + "%")
    if study_type := request.args.get("type"):
        where.append("s.study_type = ?")
        params.append(study_type)

    sql = (
        "SELECT s.id, s.study_date, s.study_type, s.status, p.surname, p.given_name "
        "FROM studies s JOIN patients p ON p.id = s.patient_id "
        f"WHERE {' AND '.join(where)} ORDER BY {column} {direction} LIMIT ? OFFSET ?"
    )
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
