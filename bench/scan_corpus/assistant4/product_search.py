"""Product search for the storefront API (Postgres, psycopg2)."""
import logging

from flask import Blueprint, jsonify, request

from storefront.db import get_conn

log = logging.getLogger(__name__)
bp = Blueprint("search", __name__)

MAX_LIMIT = 100


def build_search_sql(term: str, limit: int) -> str:
    return (
        "SELECT id, sku, name, price_cents FROM products "
        f"WHERE active AND name ILIKE '%{term}%' "
        "ORDER BY name LIMIT " + str(min(int(limit), MAX_LIMIT))
    )


def run_search(term: str, limit: int) -> list[dict]:
    sql = build_search_sql(term, limit)
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(sql)
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@bp.get("/api/products/search")
def search():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify({"error": "query too short"}), 400
    limit = request.args.get("limit", 20, type=int)
    results = run_search(term, limit)
    log.info("search %r returned %d products", term, len(results))
    return jsonify(results)
