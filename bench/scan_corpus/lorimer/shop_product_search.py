"""Product search for the online shop: bits, stirrups, spurs and spares."""
import sqlite3
from contextlib import closing

from flask import Flask, current_app, g, jsonify, request

app = Flask(__name__)
app.config.setdefault("CATALOGUE_DB", "catalogue.db")

CATEGORIES = ("bits", "stirrups", "spurs", "spares")
PAGE_SIZE = 24


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["CATALOGUE_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def search_products(term: str, category: str | None, page: int) -> list[dict]:
    where = [f"(p.name LIKE '%{term}%' OR p.sku LIKE '%{term}%')", "p.active = 1"]
    params: list = []
    if category in CATEGORIES:
        where.append("p.category = ?")
        params.append(category)
    sql = (
        "SELECT p.sku, p.name, p.category, p.price_pence, p.mouth_width_mm "
        "FROM products p WHERE " + " AND ".join(where) +
        " ORDER BY p.name LIMIT ? OFFSET ?"
    )
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])
    with closing(get_db().cursor()) as cur:
        cur.execute(sql, params)
        return [dict(r) for r in cur.fetchall()]


@app.get("/api/search")
def search():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(results=[], page=1)
    page = max(1, request.args.get("page", 1, type=int))
    results = search_products(term, request.args.get("category"), page)
    return jsonify(results=results, page=page)
