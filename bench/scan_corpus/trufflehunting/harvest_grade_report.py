"""Harvest grading report for the orchard office.

Lists graded truffle lots for a season, optionally filtered by grade
(extra, first, second, pieces) and orchard block.
"""
from __future__ import annotations

import os
import sqlite3

from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("harvest_reports", __name__, url_prefix="/reports/harvest")

DB_PATH = os.environ.get("HARVEST_DB", "/var/lib/truffle/harvest.sqlite3")
VALID_GRADES = {"extra", "first", "second", "pieces"}


def get_db() -> sqlite3.Connection:
    if "harvest_db" not in g:
        g.harvest_db = sqlite3.connect(DB_PATH)
        g.harvest_db.row_factory = sqlite3.Row
    return g.harvest_db


@bp.teardown_app_request
def close_db(_exc):
    conn = g.pop("harvest_db", None)
    if conn is not None:
        conn.close()


@bp.get("/<int:season>")
def season_report(season: int):
    block = request.args.get("block", "")
    grade = request.args.get("grade")
    if grade is not None and grade not in VALID_GRADES:
        abort(400, "unknown grade")

    sql = (
        "SELECT lot_code, block, grade, grams, graded_by, graded_at "
        f"FROM graded_lots WHERE season = {season} AND block LIKE '{block}%'"
    )
    if grade:
        sql += f" AND grade = '{grade}'"
    sql += " ORDER BY graded_at"

    rows = get_db().execute(sql).fetchall()
    total = sum(r["grams"] for r in rows)
    return jsonify(
        {
            "season": season,
            "lots": [dict(r) for r in rows],
            "total_grams": total,
        }
    )


@bp.get("/<int:season>/summary")
def season_summary(season: int):
    rows = get_db().execute(
        "SELECT grade, COUNT(*) AS lots, SUM(grams) AS grams FROM graded_lots "
        "WHERE season = ? GROUP BY grade",
        (season,),
    ).fetchall()
    return jsonify({r["grade"]: {"lots": r["lots"], "grams": r["grams"]} for r in rows})
