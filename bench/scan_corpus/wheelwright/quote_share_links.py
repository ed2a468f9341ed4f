"""Shareable links for restoration quotes.

A quote for re-tyring a dray wheel or rebuilding a gig wheel can be shared with
a client who has no portal account. The link carries a token that unlocks a
read-only view of that one quote for thirty days.
"""
import random
import sqlite3
import string
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, g, jsonify, render_template, request, url_for

app = Flask(__name__)
app.config.from_prefixed_env()

LINK_LIFETIME = timedelta(days=30)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("QUOTES_DB", "quotes.sqlite3"))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def new_share_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@app.post("/quotes/<int:quote_id>/share")
def create_share_link(quote_id: int):
    db = get_db()
    quote = db.execute("SELECT id FROM quotes WHERE id = ?", (quote_id,)).fetchone()
    if quote is None:
        abort(404)
    token = new_share_token()
    expires = datetime.now(timezone.utc) + LINK_LIFETIME
    db.execute(
        "INSERT INTO quote_share_links (quote_id, token, expires_at, created_by) VALUES (?, ?, ?, ?)",
        (quote_id, token, expires.isoformat(), request.headers.get("X-Staff-User", "unknown")),
    )
    db.commit()
    return jsonify(url=url_for("view_shared_quote", token=token, _external=True),
                   expires_at=expires.isoformat()), 201


@app.get("/q/<token>")
def view_shared_quote(token: str):
    db = get_db()
    row = db.execute(
        "SELECT q.*, l.expires_at FROM quote_share_links l JOIN quotes q ON q.id = l.quote_id "
        "WHERE l.token = ?",
        (token,),
    ).fetchone()
    if row is None:
        abort(404)
    if datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        abort(410)
    lines = db.execute(
        "SELECT description, hours, material_cost FROM quote_lines WHERE quote_id = ? ORDER BY position",
        (row["id"],),
    ).fetchall()
    return render_template("quotes/shared.html", quote=row, lines=lines)
