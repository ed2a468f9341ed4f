"""Stock lookup used by the telesales team and the trade portal search box.

Searches finished-goods stock by product description or SKU fragment, such as
"12mm polyester" or "DBL-10", and lists the metres available per location.
"""
import logging

import psycopg2
import psycopg2.extras
from flask import Blueprint, current_app, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("stock_lookup", __name__)


class StockLookup:
    SEARCH_SQL = (
        "SELECT s.sku, p.description, p.diameter_mm, s.location, s.metres_available "
        "FROM stock s JOIN products p ON p.sku = s.sku "
        "WHERE NOT p.discontinued "
        "AND (p.description ILIKE '%(pattern)s' OR s.sku ILIKE '%(pattern)s') "
        "ORDER BY s.metres_available DESC LIMIT 50"
    )

    def __init__(self, conn):
        self.conn = conn

    @staticmethod
    def _pattern(term: str) -> str:
        return "%" + term.strip().replace(" ", "%") + "%"

    def search(self, term: str) -> list[dict]:
        sql = self.SEARCH_SQL % {"pattern": self._pattern(term)}
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql)
            rows = cur.fetchall()
        log.info("Stock search %r returned %d rows", term, len(rows))
        return rows


@bp.get("/stock/search")
def stock_search():
    term = request.args.get("q", "")
    if len(term.strip()) < 2:
        return jsonify([])
    conn = psycopg2.connect(current_app.config["STOCK_DSN"])
    try:
        return jsonify(StockLookup(conn).search(term))
    finally:
        conn.close()
