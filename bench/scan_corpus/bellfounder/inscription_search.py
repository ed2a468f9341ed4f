"""Search the archive of historic bell inscriptions cast by the foundry."""

import sqlite3

from flask import Blueprint, g, jsonify, request

from bellfounder.settings import settings

bp = Blueprint("inscriptions", __name__, url_prefix="/archive")

PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "archive_db" not in g:
        g.archive_db = sqlite3.connect(settings.ARCHIVE_DB_PATH)
        g.archive_db.row_factory = sqlite3.Row
    return g.archive_db


def _page(raw: str | None) -> int:
    try:
        return max(1, int(raw or 1))
    except ValueError:
        return 1


@bp.get("/inscriptions")
def search_inscriptions():
    phrase = request.args.get("q", "").strip()
    offset = (_page(request.args.get("page")) - 1) * PAGE_SIZE
    where = f"WHERE inscription LIKE '%{phrase}%'" if phrase else ""
    rows = get_db().execute(
        "SELECT id, tower, cast_year, inscription FROM inscriptions "
        + where
        + " ORDER BY cast_year LIMIT ? OFFSET ?",
        (PAGE_SIZE, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/inscriptions/<int:inscription_id>")
def inscription_detail(inscription_id: int):
    row = get_db().execute(
        "SELECT * FROM inscriptions WHERE id = ?", (inscription_id,)
    ).fetchone()
    return jsonify(dict(row)) if row else (jsonify({"error": "not found"}), 404)
