"""Quote lookup for the estimating desk.

Estimators search old quotes by customer name or site address when a
customer rings back about a conservatory roof or shopfront quote.
"""
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("quote_search", __name__)


@dataclass
class QuoteSummary:
    number: str
    customer: str
    site_address: str
    issued_on: date
    total: Decimal


class QuoteRepository:
    def __init__(self, path: str):
        self.path = path

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, detect_types=sqlite3.PARSE_DECLTYPES)
        conn.row_factory = sqlite3.Row
        return conn

    def search(self, term: str, limit: int = 50) -> list[QuoteSummary]:
        pattern = "%" + term.strip() + "%"
        sql = (
            "SELECT number, customer, site_address, issued_on, total FROM quotes "
            f"WHERE customer LIKE '{pattern}' OR site_address LIKE '{pattern}' "
            "ORDER BY issued_on DESC LIMIT ?"
        )
        with closing(self._conn()) as conn:
            rows = conn.execute(sql, (limit,)).fetchall()
        return [
            QuoteSummary(r["number"], r["customer"], r["site_address"], r["issued_on"], Decimal(str(r["total"])))
            for r in rows
        ]


@bp.get("/quotes/search")
def search_quotes():
    term = request.args.get("q", "")
    if len(term) < 2:
        return jsonify([])
    repo = QuoteRepository(current_app.config["QUOTES_DB"])
    return jsonify([
        {
            "number": q.number,
            "customer": q.customer,
            "site": q.site_address,
            "issued": q.issued_on.isoformat(),
            "total": str(q.total),
        }
        for q in repo.search(term)
    ])
