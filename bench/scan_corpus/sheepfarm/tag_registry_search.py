"""Search endpoint for the farm's ear-tag registry.

Tags are recorded with the flock (PIC) prefix, the visual tag number, the
EID and the year-of-birth colour. Staff search by partial tag number from the
yard tablet.
"""
import sqlite3
from contextlib import closing

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("tags", __name__, url_prefix="/tags")

YOB_COLOURS = {
    2019: "purple", 2020: "orange", 2021: "green",
    2022: "pink", 2023: "blue", 2024: "black",
}


def get_db() -> sqlite3.Connection:
    if "tag_db" not in g:
        g.tag_db = sqlite3.connect(current_app.config["TAG_REGISTRY_PATH"])
        g.tag_db.row_factory = sqlite3.Row
    return g.tag_db


def _row_to_dict(row: sqlite3.Row) -> dict:
    data = dict(row)
    data["colour"] = YOB_COLOURS.get(row["birth_year"], "unknown")
    return data


@bp.get("/search")
def search_tags():
    visual = request.args.get("visual", "").strip()
    pic = request.args.get("pic", "").strip().upper()
    limit = min(int(request.args.get("limit", 50)), 200)
    if not visual:
        return jsonify({"error": "visual tag fragment required"}), 400

    sql = (
        "SELECT eid, pic, visual_no, birth_year, sex, status FROM ear_tags "
        f"WHERE visual_no LIKE '%{visual}%'"
    )
    params: list = []
    if pic:
        sql += " AND pic = ?"
        params.append(pic)
    sql += " ORDER BY visual_no LIMIT ?"
    params.append(limit)

    with closing(get_db().cursor()) as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()
    return jsonify([_row_to_dict(r) for r in rows])


@bp.get("/<eid>")
def get_tag(eid: str):
    with closing(get_db().cursor()) as cur:
        cur.execute(
            "SELECT eid, pic, visual_no, birth_year, sex, status FROM ear_tags "
            "WHERE eid = ?",
            (eid,),
        )
        row = cur.fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(_row_to_dict(row))


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("tag_db", None)
    if db is not None:
        db.close()
