"""Customer-facing licence register: every licence a customer holds, filterable and sortable."""

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("licence_register", __name__, url_prefix="/account/licences")

BASE_QUERY = """
    SELECT l.licence_number, f.family_name, l.licence_type, l.seats,
           l.pageviews, l.issued_at, l.expires_at
    FROM licences l
    JOIN families f ON f.id = l.family_id
    WHERE l.customer_id = %s
"""
PAGE_SIZE = 50


def _order_by(args) -> str:
    column = args.get("sort", "issued_at")
    direction = "DESC" if args.get("order", "desc").lower() == "desc" else "ASC"
    return f" ORDER BY {column} {direction}"


def _filters(args) -> tuple[str, list]:
    clauses, params = [], []
    if args.get("type"):
        clauses.append(" AND l.licence_type = %s")
        params.append(args["type"])
    if args.get("active") == "1":
        clauses.append(" AND (l.expires_at IS NULL OR l.expires_at > now())")
    return "".join(clauses), params


@bp.get("")
@login_required
def list_licences():
    page = max(int(request.args.get("page", 1)), 1)
    where, params = _filters(request.args)
    sql = BASE_QUERY + where + _order_by(request.args) + " LIMIT %s OFFSET %s"
    with psycopg.connect(current_app.config["DATABASE_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(
            sql, [current_user.customer_id, *params, PAGE_SIZE, (page - 1) * PAGE_SIZE]
        ).fetchall()
    for row in rows:
        for key in ("issued_at", "expires_at"):
            if row[key] is not None:
                row[key] = row[key].isoformat()
    return jsonify(page=page, licences=rows)
