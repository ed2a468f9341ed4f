"""Searchable member directory for logged-in guild members."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request, session

bp = Blueprint("directory", __name__)
PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "directory_db" not in g:
        g.directory_db = sqlite3.connect(current_app.config["MEMBERS_DB"])
        g.directory_db.row_factory = sqlite3.Row
    return g.directory_db


def _public_fields(row: sqlite3.Row) -> dict:
    return {
        "name": row["display_name"],
        "chapter": row["chapter"],
        "specialties": (row["specialties"] or "").split(","),
        "joined": row["joined_year"],
    }


@bp.get("/directory")
def search_directory():
    if "member_id" not in session:
        abort(401)
    term = request.args.get("q", "").strip()
    page = max(request.args.get("page", 1, type=int), 1)
    offset = (page - 1) * PAGE_SIZE
    sql = (
        "SELECT display_name, chapter, specialties, joined_year FROM members "
        f"WHERE directory_opt_in = 1 AND display_name LIKE '%{term}%' "
        "ORDER BY display_name LIMIT ? OFFSET ?"
    )
    rows = get_db().execute(sql, (PAGE_SIZE, offset)).fetchall()
    return jsonify({"page": page, "results": [_public_fields(r) for r in rows]})


@bp.get("/directory/chapters")
def list_chapters():
    if "member_id" not in session:
        abort(401)
    rows = get_db().execute(
        "SELECT chapter, COUNT(*) AS n FROM members WHERE directory_opt_in = 1 "
        "GROUP BY chapter ORDER BY chapter"
    ).fetchall()
    return jsonify([{"chapter": r["chapter"], "members": r["n"]} for r in rows])
