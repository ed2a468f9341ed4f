"""Front-desk search over repair tickets.

Reception staff search by customer surname, maker or ticket number when a
customer phones to ask about their clock.
"""
import sqlite3

from flask import Blueprint, g, jsonify, request

from clockmaker.settings import WORKSHOP_DB_PATH

bp = Blueprint("ticket_search", __name__)

RESULT_LIMIT = 50


def _db() -> sqlite3.Connection:
    if "workshop_db" not in g:
        g.workshop_db = sqlite3.connect(WORKSHOP_DB_PATH)
        g.workshop_db.row_factory = sqlite3.Row
    return g.workshop_db


def _where_clause(term: str, include_closed: bool) -> str:
    clause = (
        f"(c.surname LIKE '%{term}%' OR t.maker LIKE '%{term}%' "
        f"OR t.number = '{term}')"
    )
    if not include_closed:
        clause += " AND t.status != 'closed'"
    return clause


@bp.get("/tickets/search")
def search_tickets():
    term = request.args.get("q", "").strip()
    include_closed = request.args.get("closed") == "1"
    if len(term) < 2:
        return jsonify([])
    sql = (
        "SELECT t.number, t.maker, t.status, c.surname "
        "FROM tickets t JOIN customers c ON c.id = t.customer_id "
        f"WHERE {_where_clause(term, include_closed)} "
        f"ORDER BY t.received_on DESC LIMIT {RESULT_LIMIT}"
    )
    rows = _db().execute(sql).fetchall()
    return jsonify([dict(row) for row in rows])
