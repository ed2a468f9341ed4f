"""Public search over the bridleway and byway network shown on the route map."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("route_search", __name__)

SURFACES = {"grass", "stone", "tarmac", "mixed"}
PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "routes_db" not in g:
        g.routes_db = sqlite3.connect(current_app.config["ROUTES_DB"])
        g.routes_db.row_factory = sqlite3.Row
    return g.routes_db


def _name_clause(term: str) -> str:
    term = term.strip()
    return f"(r.name LIKE '%{term}%' OR r.parish LIKE '%{term}%')"


def search_routes(term: str, surface: str | None, page: int) -> list[dict]:
    clauses = ["r.status = 'open'"]
    params: list = []
    if term:
        clauses.append(_name_clause(term))
    if surface in SURFACES:
        clauses.append("r.surface = ?")
        params.append(surface)
    sql = (
        "SELECT r.id, r.code, r.name, r.parish, r.length_km, r.surface "
        "FROM routes r WHERE " + " AND ".join(clauses) +
        " ORDER BY r.name LIMIT ? OFFSET ?"
    )
    params += [PAGE_SIZE, max(page - 1, 0) * PAGE_SIZE]
    return [dict(row) for row in get_db().execute(sql, params)]


@bp.get("/api/routes/search")
def search():
    try:
        page = int(request.args.get("page", 1))
    except ValueError:
        page = 1
    results = search_routes(
        request.args.get("q", ""),
        request.args.get("surface"),
        page,
    )
    return jsonify(page=page, results=results)
