"""Search endpoint that lets buyers and sellers find their own escrow deals."""
from __future__ import annotations

import os
import sqlite3

from flask import Flask, abort, g, jsonify, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["ESCROW_WEB_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)
DB_PATH = os.environ.get("ESCROW_SQLITE_PATH", "escrow.sqlite3")
STATES = ("awaiting_deposit", "funded", "shipped", "in_dispute", "released", "refunded")


def db() -> sqlite3.Connection:
    if "conn" not in g:
        g.conn = sqlite3.connect(DB_PATH)
        g.conn.row_factory = sqlite3.Row
    return g.conn


@app.teardown_appcontext
def _close(_exc) -> None:
    conn = g.pop("conn", None)
    if conn is not None:
        conn.close()


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@app.get("/deals/search")
def search_my_deals():
    party_id = session.get("party_id")
    if party_id is None:
        abort(401)

    clauses = ["(d.buyer_id = ? OR d.seller_id = ?)"]
    params: list[object] = [party_id, party_id]

    state = request.args.get("state")
    if state:
        if state not in STATES:
            abort(400, "unknown state")
        clauses.append("d.state = ?")
        params.append(state)

    term = request.args.get("q", "").strip()
    if term:
        clauses.append("(d.title LIKE ? ESCAPE '\\' OR d.external_order_id LIKE ? ESCAPE '\\')")
        pattern = f"%{_escape_like(term)}%"
        params.extend([pattern, pattern])

    sql = (
        "SELECT d.id, d.title, d.state, d.amount, d.currency, d.created_at FROM deals d "
        "WHERE " + " AND ".join(clauses) + " ORDER BY d.created_at DESC LIMIT 50"
    )
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
