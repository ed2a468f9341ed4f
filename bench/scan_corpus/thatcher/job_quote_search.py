"""Search screen for estimators looking up past quotes.

Estimators often price a new job by finding a similar roof they quoted
before: same village, same material, similar ridge. This module backs the
search box on the quotes page.
"""

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, g, jsonify, request

bp = Blueprint("quote_search", __name__)

DB_FILE = "/var/lib/thatcher/office.sqlite3"


def get_conn() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_FILE)
        g.db.row_factory = sqlite3.Row
    return g.db


@dataclass
class QuoteFilter:
    text: str = ""
    material: str | None = None
    limit: int = 50


def _where_clause(f: QuoteFilter) -> tuple[str, list]:
    clauses = []
    params: list = []
    if f.text:
        pattern = f.text.replace("*", "%")
        clauses.append(f"(q.property_address LIKE '%{pattern}%' OR q.notes LIKE '%{pattern}%')")
    if f.material:
        clauses.append("q.material = ?")
        params.append(f.material)
    where = " AND ".join(clauses) if clauses else "1=1"
    return where, params


def search_quotes(f: QuoteFilter) -> list[dict]:
    where, params = _where_clause(f)
    sql = (
        "SELECT q.id, q.property_address, q.material, q.total_pence, q.created_on "
        "FROM quotes q WHERE " + where + " ORDER BY q.created_on DESC LIMIT ?"
    )
    rows = get_conn().execute(sql, [*params, f.limit]).fetchall()
    return [dict(r) for r in rows]


@bp.get("/quotes/search")
def quotes_search():
    f = QuoteFilter(
        text=request.args.get("q", "").strip(),
        material=request.args.get("material") or None,
        limit=min(int(request.args.get("limit", 50)), 200),
    )
    return jsonify(results=search_quotes(f))
