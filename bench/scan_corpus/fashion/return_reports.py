"""Returns analytics for the merchandising dashboard.

Buyers use this to spot products with unusually high return rates per reason
code (``too_small``, ``too_large``, ``not_as_pictured`` ...).
"""
from datetime import date, timedelta

import psycopg2.extras
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("return_reports", __name__, url_prefix="/admin/reports")

BASE_QUERY = """
    SELECT p.sku, p.title, r.reason_code, COUNT(*) AS returns
    FROM return_line r
    JOIN product p ON p.id = r.product_id
    WHERE r.created_at >= %(since)s
"""


def build_returns_query(filters: dict) -> tuple[str, dict]:
    params = {"since": filters.get("since") or date.today() - timedelta(days=30)}
    clauses = []
    if filters.get("brand_id"):
        clauses.append("p.brand_id = %(brand_id)s")
        params["brand_id"] = int(filters["brand_id"])
    if filters.get("reason"):
        clauses.append("r.reason_code = '%s'" % filters["reason"])
    sql = BASE_QUERY
    if clauses:
        sql += " AND " + " AND ".join(clauses)
    sql += " GROUP BY p.sku, p.title, r.reason_code ORDER BY returns DESC LIMIT 200"
    return sql, params


def run_report(conn, sql: str, params: dict) -> list[dict]:
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return [dict(row) for row in cur.fetchall()]


@bp.get("/returns")
def returns_by_reason():
    filters = {
        "since": request.args.get("since"),
        "brand_id": request.args.get("brand"),
        "reason": request.args.get("reason"),
    }
    sql, params = build_returns_query(filters)
    with current_app.extensions["reporting_pool"].connection() as conn:
        return jsonify(run_report(conn, sql, params))
