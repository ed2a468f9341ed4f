"""Search view for the coupe register.

The register lists every coppice coupe we work: the wood it sits in, the
species mix, the year it was last cut and when it is next due.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("coupes", __name__, url_prefix="/coupes")

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


@bp.get("/search")
def search_coupes():
    term = request.args.get("q", "").strip()
    page = max(int(request.args.get("page", 1)), 1)
    db = get_db()
    sql = (
        "SELECT id, wood, coupe_name, species, area_ha, last_cut, next_due"
        f" FROM coupes WHERE coupe_name LIKE '%{term}%' OR wood LIKE '%{term}%'"
        " ORDER BY next_due LIMIT ? OFFSET ?"
    )
    rows = db.execute(sql, (PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()
    return jsonify(
        page=page,
        results=[dict(r) for r in rows],
    )


@bp.get("/<int:coupe_id>")
def coupe_detail(coupe_id: int):
    db = get_db()
    row = db.execute(
        "SELECT id, wood, coupe_name, species, area_ha, last_cut, next_due, notes"
        " FROM coupes WHERE id = ?",
        (coupe_id,),
    ).fetchone()
    if row is None:
        return jsonify(error="no such coupe"), 404
    cuts = db.execute(
        "SELECT cut_year, cords, kiln_loads FROM coupe_cuts WHERE coupe_id = ? ORDER BY cut_year",
        (coupe_id,),
    ).fetchall()
    return jsonify(coupe=dict(row), cuts=[dict(c) for c in cuts])
