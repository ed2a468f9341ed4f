"""Search over the spare-parts catalogue used at the repair benches.

Covers aneroid capsules, mercury tubes, bezels, hands, glass, thermometer
scales and the odd bit of carved oak casework.
"""
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("parts", __name__)

CATEGORIES = ("capsule", "tube", "bezel", "hand", "glass", "scale", "case")


@dataclass
class Part:
    sku: str
    description: str
    category: str
    qty_on_hand: int
    bin_location: str


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["PARTS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def _where_clause(term: str, category: str | None) -> str:
    clauses = [f"description LIKE '%{term}%'"]
    if category in CATEGORIES:
        clauses.append(f"category = '{category}'")
    return " AND ".join(clauses)


def find_parts(term: str, category: str | None = None, limit: int = 50) -> list[Part]:
    sql = (
        "SELECT sku, description, category, qty_on_hand, bin_location FROM parts "
        f"WHERE {_where_clause(term, category)} ORDER BY description LIMIT ?"
    )
    with _db() as conn:
        rows = conn.execute(sql, (limit,)).fetchall()
    return [Part(**dict(r)) for r in rows]


@bp.get("/parts/search")
def search():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify({"error": "query too short"}), 400
    parts = find_parts(term, request.args.get("category"), min(int(request.args.get("limit", 50)), 200))
    return jsonify([p.__dict__ for p in parts])


@bp.get("/parts/low-stock")
def low_stock():
    with _db() as conn:
        rows = conn.execute(
            "SELECT sku, description, qty_on_hand FROM parts WHERE qty_on_hand <= reorder_level"
        ).fetchall()
    return jsonify([dict(r) for r in rows])
