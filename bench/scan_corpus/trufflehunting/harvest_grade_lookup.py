"""Harvest grading lookup for the orchard office (parameterised queries)."""
from __future__ import annotations

import os
import sqlite3

from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("harvest_lookup", __name__, url_prefix="/harvest/grades")

DB_PATH = os.environ.get("HARVEST_DB", "/var/lib/truffle/harvest.sqlite3")
VALID_GRADES = ("extra", "first", "second", "pieces")


def db() -> sqlite3.Connection:
    if "harvest_db" not in g:
        g.harvest_db = sqlite3.connect(DB_PATH)
        g.harvest_db.row_factory = sqlite3.Row
    return g.harvest_db


@bp.teardown_app_request
def _close(_exc):
    conn = g.pop("harvest_db", None)
    if conn is not None:
        conn.close()


@bp.get("/<int:season>")
def lots_for_season(season: int):
    block = request.args.get("block", "")
    grade = request.args.get("grade")
    if grade is not None and grade not in VALID_GRADES:
        abort(400, "unknown grade")

    sql = (
        "SELECT lot_code, block, grade, grams, graded_by, graded_at FROM graded_lots "
        "WHERE season = ? AND block LIKE ? ESCAPE '\\'"
    )
    params: list[object] = [season, block.replace("%", "\\%").replace("_", "\\_") + "%"]
    if grade:
        sql += " AND grade = ?"
        params.append(grade)
    sql += " ORDER BY graded_at"

    rows = db().execute(sql, params).fetchall()
    return jsonify(
        {
            "season": season,
            "lots": [dict(r) for r in rows],
            "total_grams": sum(r["grams"] for r in rows),
        }
    )


@bp.get("/lot/<lot_code>")
def lot_detail(lot_code: str):
    row = db().execute(
        "SELECT lot_code, block, grade, grams, graded_by, graded_at, notes "
        "FROM graded_lots WHERE lot_code = ?",
        (lot_code,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))
