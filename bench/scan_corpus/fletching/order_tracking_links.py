"""Shareable tracking links for custom arrow orders.

Customers often forward the link to their coach or club captain, so the link
carries a random token instead of the order number.
"""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, render_template, url_for

from .db import get_db

bp = Blueprint("tracking", __name__)

TOKEN_BYTES = 24
LINK_LIFETIME = timedelta(days=90)


def new_tracking_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def create_link(order_id: int) -> str:
    token = new_tracking_token()
    expires = datetime.now(timezone.utc) + LINK_LIFETIME
    db = get_db()
    db.execute(
        "INSERT INTO order_tracking_links (order_id, token, expires_at) VALUES (?, ?, ?)",
        (order_id, token, expires.isoformat()),
    )
    db.commit()
    return url_for("tracking.show", token=token, _external=True)


@bp.get("/t/<token>")
def show(token: str):
    db = get_db()
    row = db.execute(
        "SELECT o.id, o.status, o.arrow_count, o.spine, o.fletch_style, o.promised_date, l.expires_at "
        "FROM order_tracking_links l JOIN orders o ON o.id = l.order_id WHERE l.token = ?",
        (token,),
    ).fetchone()
    if row is None or datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        abort(404)
    current_app.logger.info("tracking page viewed for order %s", row["id"])
    return render_template("tracking/show.html", order=row)
