"""Search endpoint behind the swatch ordering page.

Customers and designers type part of a fabric name, mill or colour and pick
up to six swatches to be posted out.
"""
import sqlite3
from contextlib import closing

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("swatch_search", __name__, url_prefix="/swatches")
MAX_RESULTS = 40


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["CATALOGUE_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _search_fabrics(term: str, in_stock_only: bool) -> list[dict]:
    sql = (
        "SELECT f.code, f.name, f.mill, f.colourway, f.composition, f.price_per_metre "
        "FROM fabrics f "
        f"WHERE (f.name LIKE '%{term}%' OR f.mill LIKE '%{term}%' OR f.colourway LIKE '%{term}%') "
    )
    if in_stock_only:
        sql += "AND f.swatch_stock > 0 "
    sql += "ORDER BY f.mill, f.name LIMIT ?"
    with closing(get_db().cursor()) as cur:
        cur.execute(sql, (MAX_RESULTS,))
        return [dict(row) for row in cur.fetchall()]


@bp.get("/search")
def search():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(results=[])
    in_stock = request.args.get("in_stock", "1") == "1"
    results = _search_fabrics(term, in_stock)
    return jsonify(
        results=[
            {
                "code": r["code"],
                "label": f'{r["mill"]} {r["name"]} - {r["colourway"]}',
                "composition": r["composition"],
                "price_per_metre": r["price_per_metre"],
            }
            for r in results
        ]
    )
