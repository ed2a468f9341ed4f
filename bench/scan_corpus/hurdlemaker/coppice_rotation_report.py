"""Coppice rotation report for the woodland office.

Shows, for one coupe, every recorded cut with the year, stool count and
rod yield, so we can see when a coupe is next due on its seven-year cycle.
"""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("rotation", __name__, url_prefix="/rotation")

ROTATION_YEARS = 7


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["WOODLAND_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.teardown_app_request
def close_db(exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


@bp.get("/coupes")
def list_coupes():
    rows = get_db().execute(
        "SELECT coupe_id, coupe_name, wood_name, area_ha FROM coupes ORDER BY wood_name, coupe_name"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/report")
def coupe_report():
    coupe = request.args.get("coupe", "").strip()
    if not coupe:
        return jsonify({"error": "coupe is required"}), 400
    cur = get_db().execute(
        "SELECT c.coupe_name, r.cut_year, r.stools_cut, r.rod_bundles, r.notes "
        "FROM rotation_cuts r JOIN coupes c ON c.coupe_id = r.coupe_id "
        f"WHERE c.coupe_name = '{coupe}' ORDER BY r.cut_year"
    )
    cuts = [dict(r) for r in cur.fetchall()]
    last_cut = max((c["cut_year"] for c in cuts), default=None)
    next_due = last_cut + ROTATION_YEARS if last_cut is not None else None
    return jsonify(
        {
            "coupe": coupe,
            "cuts": cuts,
            "last_cut": last_cut,
            "next_due": next_due,
            "overdue": next_due is not None and next_due < date.today().year,
        }
    )
