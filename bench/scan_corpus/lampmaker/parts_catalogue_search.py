"""Search endpoint for the parts catalogue (lampholders, flex, switches, shades)."""
import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("CATALOGUE")

DEFAULT_DB = "catalogue.sqlite3"
PAGE_SIZE = 25
CATEGORIES = ("lampholder", "flex", "switch", "plug", "shade", "bulb", "fixing")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("DB_PATH", DEFAULT_DB))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def build_query(term: str, category: str | None) -> tuple[str, list]:
    sql = (
        "SELECT sku, name, category, price_pence, stock FROM parts "
        f"WHERE (name LIKE '%{term}%' OR sku LIKE '%{term}%')"
    )
    params: list = []
    if category:
        sql += " AND category = ?"
        params.append(category)
    return sql + " ORDER BY name LIMIT ? OFFSET ?", params


@app.get("/api/parts")
def search_parts():
    term = request.args.get("q", "").strip()
    category = request.args.get("category")
    if category and category not in CATEGORIES:
        return jsonify(error="unknown category"), 400
    page = max(request.args.get("page", 1, type=int), 1)
    sql, params = build_query(term, category)
    params += [PAGE_SIZE, (page - 1) * PAGE_SIZE]
    with closing(get_db().cursor()) as cur:
        rows = cur.execute(sql, params).fetchall()
    return jsonify(
        page=page,
        results=[dict(r) for r in rows],
    )
