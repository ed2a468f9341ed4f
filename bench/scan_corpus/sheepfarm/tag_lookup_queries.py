"""Search endpoint for the farm's ear-tag registry.

Yard staff search by partial visual tag number from the tablet; the PIC
filter narrows results to one property when stock are agisted elsewhere.
"""
import sqlite3
from contextlib import closing

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("tag_lookup", __name__, url_prefix="/tags")


def get_db() -> sqlite3.Connection:
    if "tag_db" not in g:
        g.tag_db = sqlite3.connect(current_app.config["TAG_REGISTRY_PATH"])
        g.tag_db.row_factory = sqlite3.Row
    return g.tag_db


def _like_fragment(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class TagQueries:
    SEARCH = (
        "SELECT eid, pic, visual_no, birth_year, sex, status FROM ear_tags "
        "WHERE visual_no LIKE ? ESCAPE '\\'"
    )

    @classmethod
    def search(cls, conn: sqlite3.Connection, visual: str, pic: str | None, limit: int):
        sql = cls.SEARCH
        params: list = [_like_fragment(visual)]
        if pic:
            sql += " AND pic = ?"
            params.append(pic)
        sql += " ORDER BY visual_no LIMIT ?"
        params.append(limit)
        with closing(conn.cursor()) as cur:
            cur.execute(sql, params)
            return [dict(r) for r in cur.fetchall()]


@bp.get("/search")
def search_tags():
    visual = request.args.get("visual", "").strip()
    pic = request.args.get("pic", "").strip().upper() or None
    try:
        limit = max(1, min(int(request.args.get("limit", 50)), 200))
    except ValueError:
        return jsonify({"error": "limit must be an integer"}), 400
    if not visual:
        return jsonify({"error": "visual tag fragment required"}), 400
    return jsonify(TagQueries.search(get_db(), visual, pic, limit))


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("tag_db", None)
    if db is not None:
        db.close()
