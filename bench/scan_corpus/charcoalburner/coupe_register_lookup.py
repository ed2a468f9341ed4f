"""Lookup views for the coupe register used by the coupe planner.

Staff type part of a wood or coupe name and get matching coupes with their
species mix and rotation dates.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("coupe_lookup", __name__, url_prefix="/coupes")

PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "coupe_db" not in g:
        g.coupe_db = sqlite3.connect(current_app.config["COUPE_REGISTER_PATH"])
        g.coupe_db.row_factory = sqlite3.Row
    return g.coupe_db


@bp.teardown_app_request
def close_db(exc=None) -> None:
    db = g.pop("coupe_db", None)
    if db is not None:
        db.close()


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@bp.get("/lookup")
def lookup():
    term = request.args.get("q", "").strip()
    page = max(request.args.get("page", 1, type=int), 1)
    pattern = _like_pattern(term)
    rows = get_db().execute(
        "SELECT id, wood, coupe_name, species, area_ha, last_cut, next_due FROM coupes"
        " WHERE coupe_name LIKE ? ESCAPE '\\' OR wood LIKE ? ESCAPE '\\'"
        " ORDER BY next_due LIMIT ? OFFSET ?",
        (pattern, pattern, PAGE_SIZE, (page - 1) * PAGE_SIZE),
    ).fetchall()
    return jsonify(page=page, results=[dict(r) for r in rows])


@bp.get("/due")
def due_this_winter():
    season = request.args.get("season", type=int)
    if season is None:
        return jsonify(error="season is required"), 400
    rows = get_db().execute(
        "SELECT id, wood, coupe_name, area_ha FROM coupes WHERE next_due = ? ORDER BY wood",
        (season,),
    ).fetchall()
    return jsonify(season=season, coupes=[dict(r) for r in rows])
