"""Back-office search over escrow deals for the support team."""
from __future__ import annotations

import os
import sqlite3
from functools import wraps

from flask import Flask, abort, g, jsonify, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["BACKOFFICE_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)
DB_PATH = os.environ.get("ESCROW_SQLITE_PATH", "escrow.sqlite3")
VALID_STATES = {"awaiting_deposit", "funded", "in_dispute", "released", "refunded"}


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


def support_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if session.get("role") != "support":
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/support/deals")
@support_only
def search_deals():
    clauses = ["1 = 1"]
    params: list[object] = []

    state = request.args.get("state")
    if state:
        if state not in VALID_STATES:
            abort(400, "unknown state")
        clauses.append("d.state = ?")
        params.append(state)

    counterparty = request.args.get("party", "").strip()
    if counterparty:
        clauses.append(f"(b.display_name LIKE '%{counterparty}%' OR s.display_name LIKE '%{counterparty}%')")

    min_amount = request.args.get("min_amount", type=float)
    if min_amount is not None:
        clauses.append("d.amount >= ?")
        params.append(min_amount)

    sql = (
        "SELECT d.id, d.state, d.amount, d.currency, b.display_name AS buyer, "
        "s.display_name AS seller FROM deals d "
        "JOIN parties b ON b.id = d.buyer_id JOIN parties s ON s.id = d.seller_id "
        "WHERE " + " AND ".join(clauses) + " ORDER BY d.created_at DESC LIMIT 100"
    )
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
