"""Catalogue search for the wholesale portal: find buttons by material and size."""
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("catalogue", __name__)

MATERIALS = ("horn", "shell", "metal", "corozo", "resin", "wood")
PAGE_SIZE = 40


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["CATALOGUE_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _size_filter(args) -> tuple[str, list]:
    lignes = args.getlist("ligne", type=int)
    if not lignes:
        return "", []
    marks = ",".join("?" for _ in lignes)
    return f" AND size_ligne IN ({marks})", lignes


def search_articles(term: str, material: str | None, args) -> list[dict]:
    sql = (
        "SELECT article_no, name, material, size_ligne, finish, price_per_gross "
        f"FROM articles WHERE discontinued = 0 AND name LIKE '%{term}%'"
    )
    params: list = []
    if material in MATERIALS:
        sql += " AND material = ?"
        params.append(material)
    size_sql, size_params = _size_filter(args)
    sql += size_sql + " ORDER BY article_no LIMIT ?"
    params += size_params + [PAGE_SIZE]
    return [dict(r) for r in get_db().execute(sql, params).fetchall()]


@bp.get("/catalogue/search")
def catalogue_search():
    term = request.args.get("q", "").strip()
    material = request.args.get("material")
    results = search_articles(term, material, request.args)
    return jsonify({"query": term, "count": len(results), "articles": results})
