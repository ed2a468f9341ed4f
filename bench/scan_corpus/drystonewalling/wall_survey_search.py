"""Search view for the wall survey register.

Surveyors record every length of boundary wall they walk: parish, grid
reference, construction style, condition grade and metres needing
rebuild. The office uses this view to price up heritage-grant bids.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request

bp = Blueprint("surveys", __name__, url_prefix="/surveys")

CONDITION_GRADES = {"sound", "bulging", "gapped", "collapsed", "ruinous"}
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "survey_db" not in g:
        g.survey_db = sqlite3.connect(current_app.config["SURVEY_DB"])
        g.survey_db.row_factory = sqlite3.Row
    return g.survey_db


@bp.get("/")
def search_surveys():
    parish = request.args.get("parish", "").strip()
    grade = request.args.get("grade")
    try:
        page = max(int(request.args.get("page", "1")), 1)
    except ValueError:
        abort(400, "page must be a number")

    sql = (
        "SELECT id, parish, grid_ref, style, grade, rebuild_metres, surveyed_on"
        " FROM wall_survey WHERE 1 = 1"
    )
    params: list = []
    if grade:
        if grade not in CONDITION_GRADES:
            abort(400, "unknown condition grade")
        sql += " AND grade = ?"
        params.append(grade)
    if parish:
        sql += f" AND parish LIKE '%{parish}%'"
    sql += " ORDER BY surveyed_on DESC LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])

    rows = get_db().execute(sql, params).fetchall()
    return jsonify(page=page, results=[dict(r) for r in rows])


@bp.get("/<int:survey_id>")
def survey_detail(survey_id: int):
    row = get_db().execute(
        "SELECT * FROM wall_survey WHERE id = ?", (survey_id,)
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))
