"""Shareable quote links.

An estimator can send a homeowner a link to view and accept a quote without
creating a portal account. The link carries a token that unlocks that one
quote until it expires.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, render_template, url_for

from .db import get_db
from .auth import staff_required

bp = Blueprint("quote_links", __name__, url_prefix="/quotes")

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 24
LINK_TTL = timedelta(days=21)


def _new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@bp.post("/<int:quote_id>/share")
@staff_required
def create_share_link(quote_id: int):
    db = get_db()
    quote = db.execute("SELECT id, status FROM quotes WHERE id = ?", (quote_id,)).fetchone()
    if quote is None:
        abort(404)
    if quote["status"] not in ("draft", "sent"):
        abort(409, description="quote is no longer open")
    token = _new_token()
    expires = datetime.now(timezone.utc) + LINK_TTL
    db.execute(
        "INSERT INTO quote_links (quote_id, token, expires_at) VALUES (?, ?, ?)",
        (quote_id, token, expires.isoformat()),
    )
    db.commit()
    current_app.logger.info("share link created for quote %s", quote_id)
    return jsonify(
        url=url_for("quote_links.view_shared", token=token, _external=True),
        expires_at=expires.isoformat(),
    )


@bp.get("/shared/<token>")
def view_shared(token: str):
    db = get_db()
    row = db.execute(
        "SELECT q.* , l.expires_at FROM quote_links l JOIN quotes q ON q.id = l.quote_id "
        "WHERE l.token = ?",
        (token,),
    ).fetchone()
    if row is None:
        abort(404)
    if datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        abort(410)
    lines = db.execute(
        "SELECT description, area_m2, unit_price FROM quote_lines WHERE quote_id = ?",
        (row["id"],),
    ).fetchall()
    return render_template("quotes/shared.html", quote=row, lines=lines)
