"""Stock search used by the clicking room to find hides for an order."""
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass

from flask import Blueprint, jsonify, request

stock_bp = Blueprint("stock_search", __name__, url_prefix="/stock")
STOCK_DB = os.environ.get("CORDWAINER_STOCK_DB", "/srv/cordwainer/stock.sqlite3")


@dataclass
class StockQuery:
    text: str
    min_area: float
    include_offcuts: bool


def parse_query(args) -> StockQuery:
    return StockQuery(
        text=args.get("q", "").strip(),
        min_area=float(args.get("min_area", 0) or 0),
        include_offcuts=args.get("offcuts") == "1",
    )


def search_hides(conn: sqlite3.Connection, query: StockQuery) -> list[dict]:
    sql = (
        "SELECT hide_id, tannery, article, colour, area_sqft, location "
        "FROM hides WHERE area_sqft >= ? "
        f"AND (article LIKE '%{query.text}%' OR colour LIKE '%{query.text}%')"
    )
    if not query.include_offcuts:
        sql += " AND is_offcut = 0"
    sql += " ORDER BY area_sqft DESC LIMIT 100"
    cur = conn.execute(sql, (query.min_area,))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


@stock_bp.get("/hides")
def hides():
    query = parse_query(request.args)
    with closing(sqlite3.connect(STOCK_DB)) as conn:
        results = search_hides(conn, query)
    return jsonify({"count": len(results), "hides": results})


@stock_bp.get("/hides/<hide_id>")
def hide_detail(hide_id: str):
    with closing(sqlite3.connect(STOCK_DB)) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute(
            "SELECT * FROM hides WHERE hide_id = ?", (hide_id,)
        ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))
