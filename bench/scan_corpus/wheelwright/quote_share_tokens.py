"""Shareable read-only links for restoration quotes.

Lets the estimator send a client a link to a single quote without making them
open a portal account. Links expire after thirty days.
"""
import secrets
import sqlite3
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, g, jsonify, render_template, url_for

bp = Blueprint("quote_links", __name__)

LINK_LIFETIME = timedelta(days=30)


def get_db() -> sqlite3.Connection:
    if "quotes_db" not in g:
        g.quotes_db = sqlite3.connect(current_app.config["QUOTES_DB"])
        g.quotes_db.row_factory = sqlite3.Row
    return g.quotes_db


def new_share_token() -> str:
    return secrets.token_urlsafe(24)


@bp.post("/quotes/<int:quote_id>/share")
def create_share_link(quote_id: int):
    db = get_db()
    if db.execute("SELECT 1 FROM quotes WHERE id = ?", (quote_id,)).fetchone() is None:
        abort(404)
    token = new_share_token()
    expires = datetime.now(timezone.utc) + LINK_LIFETIME
    db.execute(
        "INSERT INTO quote_share_links (quote_id, token, expires_at) VALUES (?, ?, ?)",
        (quote_id, token, expires.isoformat()),
    )
    db.commit()
    return jsonify(url=url_for("quote_links.view_shared_quote", token=token, _external=True),
                   expires_at=expires.isoformat()), 201


@bp.post("/quotes/<int:quote_id>/share/revoke")
def revoke_share_links(quote_id: int):
    db = get_db()
    cur = db.execute("DELETE FROM quote_share_links WHERE quote_id = ?", (quote_id,))
    db.commit()
    return jsonify(revoked=cur.rowcount)


@bp.get("/q/<token>")
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
        "SELECT description, hours, material_cost FROM quote_lines WHERE quote_id = ? "
        "ORDER BY position",
        (row["id"],),
    ).fetchall()
    return render_template("quotes/shared.html", quote=row, lines=lines)
