"""Lookup view for the land-owner portal's wall register.

Land owners can search the surveyed walls on their own holding by field
name or parish and filter by condition grade.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request

from walling.portal_auth import current_holding, login_required

bp = Blueprint("portal_walls", __name__, url_prefix="/portal/walls")

CONDITION_GRADES = {"sound", "bulging", "gapped", "collapsed", "ruinous"}


def get_db() -> sqlite3.Connection:
    if "survey_db" not in g:
        g.survey_db = sqlite3.connect(current_app.config["SURVEY_DB"])
        g.survey_db.row_factory = sqlite3.Row
    return g.survey_db


@bp.get("/")
@login_required
def search_walls():
    term = request.args.get("q", "").strip()
    grade = request.args.get("grade")

    sql = (
        "SELECT id, field_name, parish, grid_ref, grade, rebuild_metres"
        " FROM wall_survey WHERE holding_ref = ?"
    )
    params: list = [current_holding()]
    if grade:
        if grade not in CONDITION_GRADES:
            abort(400, "unknown condition grade")
        sql += " AND grade = ?"
        params.append(grade)
    if term:
        sql += " AND (field_name LIKE ? ESCAPE '\\' OR parish LIKE ? ESCAPE '\\')"
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.extend([f"%{escaped}%", f"%{escaped}%"])
    sql += " ORDER BY parish, field_name LIMIT 200"

    rows = get_db().execute(sql, params).fetchall()
    return jsonify(results=[dict(r) for r in rows])
