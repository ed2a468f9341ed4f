"""Search over site survey records for the internal survey dashboard.

Project officers filter peat condition surveys by site and sort them by
date, surveyor or mean peat depth when preparing monitoring summaries.
"""

import os
import sqlite3

from flask import Blueprint, g, jsonify, request

bp = Blueprint("survey_search", __name__)

DB_PATH = os.environ.get("SURVEY_DB", "/srv/peatcutter/surveys.db")
DEFAULT_SORT = "surveyed_on"
PAGE_SIZE = 200


def get_db() -> sqlite3.Connection:
    if "survey_db" not in g:
        g.survey_db = sqlite3.connect(DB_PATH)
        g.survey_db.row_factory = sqlite3.Row
    return g.survey_db


def build_query(site_code: str, condition: str | None, sort: str, descending: bool) -> tuple[str, list]:
    sql = (
        "SELECT id, site_code, surveyed_on, surveyor, mean_depth_cm, condition "
        "FROM site_surveys WHERE site_code = ?"
    )
    params: list = [site_code]
    if condition:
        sql += " AND condition = ?"
        params.append(condition)
    direction = "DESC" if descending else "ASC"
    sql += f" ORDER BY {sort} {direction} LIMIT {PAGE_SIZE}"
    return sql, params


@bp.get("/surveys")
def search_surveys():
    site_code = request.args.get("site", "").upper()
    sort = request.args.get("sort", DEFAULT_SORT)
    descending = request.args.get("order", "desc") == "desc"
    sql, params = build_query(site_code, request.args.get("condition"), sort, descending)
    rows = get_db().execute(sql, params).fetchall()
    return jsonify(site=site_code, surveys=[dict(r) for r in rows])


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("survey_db", None)
    if db is not None:
        db.close()
