"""Passwordless sign-in for the customer portal: email a one-time link."""
import hashlib
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, redirect, request, session, url_for
from sqlalchemy import text

from .db import engine
from .mailer import send_email

bp = Blueprint("magic_link", __name__)

LINK_LIFETIME = timedelta(minutes=20)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/portal/magic-link")
def request_link():
    email = (request.form.get("email") or "").strip().lower()
    with engine.begin() as conn:
        customer = conn.execute(
            text("SELECT id, first_name FROM customers WHERE portal_email = :email"),
            {"email": email},
        ).first()
        if customer is not None:
            token = "".join(random.choices(TOKEN_ALPHABET, k=32))
            conn.execute(
                text(
                    "INSERT INTO portal_links (customer_id, token_hash, expires_at) "
                    "VALUES (:cid, :th, :exp)"
                ),
                {
                    "cid": customer.id,
                    "th": _digest(token),
                    "exp": datetime.now(timezone.utc) + LINK_LIFETIME,
                },
            )
            link = url_for("magic_link.consume_link", token=token, _external=True)
            send_email(
                to=email,
                subject="Your Sparkle Rounds sign-in link",
                body=f"Hi {customer.first_name}, sign in here: {link}",
            )
    current_app.logger.info("Magic link requested")
    return jsonify({"status": "If that address is registered, a link is on its way."})


@bp.get("/portal/magic/<token>")
def consume_link(token: str):
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        row = conn.execute(
            text(
                "DELETE FROM portal_links WHERE token_hash = :th AND expires_at > :now "
                "RETURNING customer_id"
            ),
            {"th": _digest(token), "now": now},
        ).first()
    if row is None:
        abort(410)
    session.clear()
    session["customer_id"] = row.customer_id
    return redirect(url_for("portal.dashboard"))
