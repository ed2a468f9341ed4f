"""Search endpoint for the FOI case-tracking back office."""
from flask import Blueprint, abort, jsonify, request
from psycopg2 import sql

from foi.db import get_conn

bp = Blueprint("foi_search", __name__, url_prefix="/api/foi")

SORTABLE = {
    "received": "received_on",
    "due": "due_on",
    "reference": "reference",
    "status": "status",
}


def build_query(sort_key: str, descending: bool) -> sql.Composed:
    column = SORTABLE.get(sort_key)
    if column is None:
        abort(400, description="unknown sort field")
    direction = sql.SQL("DESC" if descending else "ASC")
    return sql.SQL(
        "SELECT reference, subject, status, received_on, due_on "
        "FROM foi_requests "
        "WHERE (%(status)s IS NULL OR status = %(status)s) "
        "AND subject ILIKE %(term)s "
        "ORDER BY {col} {dir} LIMIT 100"
    ).format(col=sql.Identifier(column), dir=direction)


@bp.get("/search")
def search():
    term = request.args.get("q", "")
    params = {
        "status": request.args.get("status") or None,
        "term": f"%{term}%",
    }
    query = build_query(request.args.get("sort", "received"), request.args.get("order") == "desc")
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, params)
        cols = [d.name for d in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return jsonify(rows)
