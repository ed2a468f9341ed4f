"""Search the shade library from the colour-matching desk.

The shade library holds every recipe the dye house has ever matched,
keyed by shade name, buyer reference and Pantone/TCX cross-reference.
"""
import sqlite3

from flask import Blueprint, g, jsonify, request

from dyer.settings import SHADE_LIBRARY_PATH

bp = Blueprint("shade_search", __name__)

PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "shade_db" not in g:
        g.shade_db = sqlite3.connect(SHADE_LIBRARY_PATH)
        g.shade_db.row_factory = sqlite3.Row
    return g.shade_db


def _row(r: sqlite3.Row) -> dict:
    return {
        "shade_code": r["shade_code"],
        "name": r["name"],
        "buyer_ref": r["buyer_ref"],
        "tcx": r["tcx_ref"],
        "lab": [r["l_star"], r["a_star"], r["b_star"]],
    }


@bp.get("/shades/search")
def search_shades():
    term = request.args.get("q", "").strip()
    fibre = request.args.get("fibre", "cotton")
    page = max(int(request.args.get("page", 1)), 1)
    db = get_db()
    sql = (
        "SELECT shade_code, name, buyer_ref, tcx_ref, l_star, a_star, b_star FROM shades "
        f"WHERE fibre = ? AND (name LIKE '%{term}%' OR buyer_ref LIKE '%{term}%') "
        "ORDER BY name LIMIT ? OFFSET ?"
    )
    rows = db.execute(sql, (fibre, PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()
    return jsonify([_row(r) for r in rows])


@bp.get("/shades/<shade_code>")
def get_shade(shade_code: str):
    row = get_db().execute(
        "SELECT shade_code, name, buyer_ref, tcx_ref, l_star, a_star, b_star FROM shades WHERE shade_code = ?",
        (shade_code,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(_row(row))
