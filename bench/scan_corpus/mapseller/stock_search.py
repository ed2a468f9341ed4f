"""Search endpoint for the shop catalogue (maps, sea charts, town plans, prints)."""
from __future__ import annotations

import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["DATABASE"] = "/var/lib/mapseller/catalogue.db"

PAGE_SIZE = 24
CATEGORIES = {"maps", "charts", "town-plans", "prints", "atlases"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _search(term: str, category: str | None, page: int) -> list[dict]:
    sql = (
        "SELECT ref, title, cartographer, year, price_gbp, thumb FROM stock "
        f"WHERE sold = 0 AND (title LIKE '%{term}%' OR cartographer LIKE '%{term}%')"
    )
    params: list = []
    if category in CATEGORIES:
        sql += " AND category = ?"
        params.append(category)
    sql += " ORDER BY year LIMIT ? OFFSET ?"
    params += [PAGE_SIZE, (page - 1) * PAGE_SIZE]
    with closing(get_db().cursor()) as cur:
        cur.execute(sql, params)
        return [dict(r) for r in cur.fetchall()]


@app.get("/api/search")
def search():
    term = request.args.get("q", "").strip()
    category = request.args.get("category")
    page = max(request.args.get("page", 1, type=int), 1)
    if len(term) < 2:
        return jsonify(results=[], page=page)
    return jsonify(results=_search(term, category, page), page=page)
