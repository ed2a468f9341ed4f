"""Public search over the club's vehicle register.

The register records every surviving car known to the club: chassis and
engine numbers, coachbuilder, and a short history. Members' names are
never exposed here, only the car's details and its register number.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("register", __name__, url_prefix="/register")

PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "register_db" not in g:
        g.register_db = sqlite3.connect(current_app.config["REGISTER_DB"])
        g.register_db.row_factory = sqlite3.Row
    return g.register_db


def _page() -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


@bp.get("/search")
def search():
    marque = request.args.get("marque", "").strip()
    if not marque:
        return jsonify(error="marque is required"), 400
    offset = (_page() - 1) * PAGE_SIZE
    rows = get_db().execute(
        f"SELECT register_no, marque, model, year, chassis_no, coachbuilder FROM vehicles WHERE marque = '{marque}' ORDER BY year, register_no LIMIT {PAGE_SIZE} OFFSET {offset}"
    ).fetchall()
    return jsonify(
        page=_page(),
        results=[dict(row) for row in rows],
    )


@bp.get("/<int:register_no>")
def detail(register_no: int):
    row = get_db().execute(
        "SELECT register_no, marque, model, year, chassis_no, engine_no, coachbuilder, history"
        " FROM vehicles WHERE register_no = ?",
        (register_no,),
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(dict(row))


@bp.get("/marques")
def marques():
    rows = get_db().execute(
        "SELECT marque, COUNT(*) AS cars FROM vehicles GROUP BY marque ORDER BY marque"
    ).fetchall()
    return jsonify([dict(row) for row in rows])
