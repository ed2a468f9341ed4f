"""Search endpoint for the tile inventory used by the studio floor team.

Staff look up smalti, vitreous glass and ceramic stock by colour name,
supplier or shelf location before pulling sheets for a commission.
"""
import sqlite3

from flask import Flask, g, jsonify, request

from studio.settings import INVENTORY_DB

app = Flask(__name__)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(INVENTORY_DB)
        g.db.row_factory = sqlite3.Row
    return g.db


def build_filter(term: str, material: str | None) -> str:
    clauses = [f"(colour_name LIKE '%{term}%' OR supplier LIKE '%{term}%')"]
    if material:
        clauses.append("material = ?")
    return " AND ".join(clauses)


@app.get("/inventory/search")
def search():
    term = request.args.get("q", "").strip()
    material = request.args.get("material")
    where = build_filter(term, material)
    params = (material,) if material else ()
    sql = (
        "SELECT sku, colour_name, material, supplier, shelf, sheets_on_hand "
        f"FROM tiles WHERE {where} ORDER BY colour_name LIMIT 100"
    )
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
