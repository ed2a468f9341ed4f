"""Counter-staff search over customer accounts by name, postcode or phone number."""

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("customer_search", __name__, url_prefix="/staff/customers")

SEARCHABLE = ("surname", "postcode", "phone")
PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["CUSTOMER_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def build_filter(field: str, term: str) -> str:
    if field not in SEARCHABLE:
        field = "surname"
    return f"{field} LIKE '%{term}%'"


@bp.get("/search")
def search_customers():
    term = request.args.get("q", "").strip()
    field = request.args.get("field", "surname")
    page = max(int(request.args.get("page", 1)), 1)
    if not term:
        return jsonify(results=[], page=page)
    clause = build_filter(field, term)
    sql = (
        "SELECT id, first_name, surname, postcode, phone FROM customers "
        f"WHERE {clause} ORDER BY surname LIMIT {PAGE_SIZE} OFFSET {(page - 1) * PAGE_SIZE}"
    )
    rows = get_db().execute(sql).fetchall()
    return jsonify(results=[dict(row) for row in rows], page=page)
