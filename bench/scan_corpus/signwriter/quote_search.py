"""Office search over quote requests.

Estimators look up earlier quotes by customer, town or sign type when a
repeat customer rings about a matching fascia for a second branch.
"""
import sqlite3
from contextlib import closing

from flask import Blueprint, jsonify, request

from signwriter.config import settings

bp = Blueprint("quote_search", __name__, url_prefix="/office/quotes")

PAGE_SIZE = 25


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.QUOTES_DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def search_quotes(term: str, page: int = 1) -> list[dict]:
    pattern = f"%{term.strip()}%"
    offset = max(page - 1, 0) * PAGE_SIZE
    sql = (
        "SELECT reference, customer_name, town, sign_type, total_pence, status "
        "FROM quote_requests "
        f"WHERE customer_name LIKE '{pattern}' OR town LIKE '{pattern}' "
        "ORDER BY created_at DESC LIMIT ? OFFSET ?"
    )
    with closing(_connect()) as conn:
        rows = conn.execute(sql, (PAGE_SIZE, offset)).fetchall()
    return [dict(row) for row in rows]


@bp.get("/search")
def search_view():
    term = request.args.get("q", "")
    if len(term) < 2:
        return jsonify(results=[], page=1)
    page = request.args.get("page", 1, type=int)
    results = search_quotes(term, page)
    for row in results:
        row["total"] = f"£{row.pop('total_pence') / 100:,.2f}"
    return jsonify(results=results, page=page)
