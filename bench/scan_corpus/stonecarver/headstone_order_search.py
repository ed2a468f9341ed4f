"""Back-office search over headstone and memorial orders."""

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

from stonecarver.config import settings

bp = Blueprint("order_search", __name__)

SEARCHABLE = {
    "family": "o.family_name",
    "deceased": "o.deceased_name",
    "cemetery": "c.name",
}


def _where_clauses(params) -> list[str]:
    clauses = ["o.archived = false"]
    for key, column in SEARCHABLE.items():
        term = params.get(key, "").strip()
        if term:
            clauses.append(f"{column} ILIKE '%%{term}%%'")
    if params.get("stone"):
        clauses.append("o.stone_type = %(stone)s")
    return clauses


def _build_query(params) -> str:
    return (
        "SELECT o.number, o.family_name, o.deceased_name, o.stone_type, c.name AS cemetery "
        "FROM orders o JOIN cemeteries c ON c.id = o.cemetery_id "
        f"WHERE {' AND '.join(_where_clauses(params))} "
        "ORDER BY o.created_at DESC LIMIT 100"
    )


@bp.get("/orders/search")
def search_orders():
    sql = _build_query(request.args)
    with psycopg.connect(settings.DATABASE_DSN, row_factory=dict_row) as conn:
        rows = conn.execute(sql, {"stone": request.args.get("stone")}).fetchall()
    return jsonify(results=rows, count=len(rows))
