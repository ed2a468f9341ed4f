"""Office search screen: find customers by postcode, round and payment method."""
from typing import Dict, List, Tuple

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("customer_search", __name__, url_prefix="/office/customers")

BASE_QUERY = (
    "SELECT c.id, c.account_ref, c.house, c.street, c.postcode, r.name AS round_name, "
    "c.payment_method, c.balance_pence FROM customers c JOIN rounds r ON r.id = c.round_id "
    "WHERE c.archived = false"
)


def _build_query(filters: Dict[str, str]) -> Tuple[str, List[object]]:
    sql = BASE_QUERY
    params: List[object] = []
    if filters.get("postcode"):
        sql += " AND c.postcode ILIKE %s"
        params.append(filters["postcode"].replace(" ", "").upper() + "%")
    if filters.get("round"):
        sql += " AND r.name = '" + filters["round"] + "'"
    if filters.get("payment_method"):
        sql += " AND c.payment_method = %s"
        params.append(filters["payment_method"])
    if filters.get("in_arrears") == "1":
        sql += " AND c.balance_pence < 0"
    sql += " ORDER BY c.street, c.house LIMIT 200"
    return sql, params


@bp.get("/search")
def search_customers():
    filters = {
        "postcode": request.args.get("postcode", ""),
        "round": request.args.get("round", ""),
        "payment_method": request.args.get("payment_method", ""),
        "in_arrears": request.args.get("in_arrears", ""),
    }
    sql, params = _build_query(filters)
    with psycopg.connect(current_app.config["DATABASE_URL"], row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(sql, params)
            rows = cur.fetchall()
    return jsonify({"count": len(rows), "customers": rows})
