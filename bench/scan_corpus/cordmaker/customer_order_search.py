"""Back-office order search across gym and marine customers."""
from typing import Dict, List

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

from cordmaker.settings import DATABASE_URL

bp = Blueprint("order_search", __name__, url_prefix="/backoffice/orders")

BASE_QUERY = (
    "SELECT o.number, o.placed_at, o.status, c.name AS customer, o.total"
    " FROM orders o JOIN customers c ON c.id = o.customer_id"
)


SEGMENT_CLAUSES = {
    "gym": "c.segment = 'climbing_gym'",
    "marine": "c.segment = 'marine'",
    "industrial": "c.segment = 'industrial'",
}


def _conditions(filters: Dict[str, str]) -> List[str]:
    clauses = []
    if filters.get("segment") in SEGMENT_CLAUSES:
        clauses.append(SEGMENT_CLAUSES[filters["segment"]])
    if filters.get("customer"):
        clauses.append("c.name ILIKE '%%%s%%'" % filters["customer"])
    return clauses


def build_search_sql(filters: Dict[str, str]) -> str:
    clauses = _conditions(filters)
    sql = BASE_QUERY
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    return sql + " ORDER BY o.placed_at DESC LIMIT 200"


@bp.get("/search")
def search_orders():
    filters = {k: request.args.get(k, "").strip() for k in ("segment", "customer")}
    sql = build_search_sql(filters)
    with psycopg.connect(DATABASE_URL, row_factory=dict_row) as conn:
        rows = conn.execute(sql).fetchall()
    for row in rows:
        row["placed_at"] = row["placed_at"].isoformat()
        row["total"] = str(row["total"])
    return jsonify(rows)
