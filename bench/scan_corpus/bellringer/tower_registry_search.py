"""Search endpoint for the association's tower registry.

Visitors look up towers by dedication, place name or number of bells to
find practice nights and contact details for the tower correspondent.
"""
import sqlite3

from flask import Blueprint, g, jsonify, request

from bellringer.settings import settings

bp = Blueprint("towers_search", __name__)

BASE_QUERY = (
    "SELECT t.id, t.place, t.dedication, t.bells, t.practice_night, t.tenor_weight "
    "FROM towers t WHERE t.active = 1"
)


def get_conn() -> sqlite3.Connection:
    if "registry_db" not in g:
        g.registry_db = sqlite3.connect(settings.REGISTRY_DB_PATH)
        g.registry_db.row_factory = sqlite3.Row
    return g.registry_db


def _filters_from(args) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if args.get("bells"):
        clauses.append("t.bells = ?")
        params.append(int(args["bells"]))
    if args.get("night"):
        clauses.append("t.practice_night = ?")
        params.append(args["night"].capitalize())
    text = args.get("q", "").strip()
    if text:
        clauses.append(f"(t.place LIKE '%{text}%' OR t.dedication LIKE '%{text}%')")
    return clauses, params


@bp.get("/towers/search")
def search_towers():
    clauses, params = _filters_from(request.args)
    sql = BASE_QUERY
    if clauses:
        sql += " AND " + " AND ".join(clauses)
    sql += " ORDER BY t.place LIMIT 50"
    rows = get_conn().execute(sql, params).fetchall()
    return jsonify([dict(row) for row in rows])
