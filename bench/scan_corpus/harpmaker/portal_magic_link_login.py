"""Passwordless sign-in links for customers following their commission build."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, redirect, request, session, url_for
from sqlalchemy import text

bp = Blueprint("magic_link", __name__, url_prefix="/portal/link")

LINK_TTL = timedelta(minutes=15)


def _tokens_match(stored: str, presented: str) -> bool:
    return len(stored) == len(presented) and stored == presented


class MagicLinkService:
    def __init__(self, engine, mailer) -> None:
        self.engine = engine
        self.mailer = mailer

    def send_link(self, email: str) -> None:
        with self.engine.begin() as conn:
            customer = conn.execute(
                text("SELECT id, email FROM portal_customers WHERE lower(email) = :e"),
                {"e": email.lower()},
            ).first()
            if customer is None:
                return
            token = secrets.token_urlsafe(32)
            conn.execute(
                text(
                    "INSERT INTO portal_login_links (customer_id, token, expires_at) "
                    "VALUES (:cid, :tok, :exp)"
                ),
                {"cid": customer.id, "tok": token, "exp": datetime.now(timezone.utc) + LINK_TTL},
            )
        link = url_for("magic_link.consume", cid=customer.id, token=token, _external=True)
        self.mailer.send(customer.email, "Your workshop sign-in link", link)

    def consume(self, customer_id: int, presented: str) -> bool:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT id, token FROM portal_login_links WHERE customer_id = :cid "
                    "AND used_at IS NULL AND expires_at > now() ORDER BY id DESC LIMIT 1"
                ),
                {"cid": customer_id},
            ).first()
            if row is None or not _tokens_match(row.token, presented):
                return False
            conn.execute(
                text("UPDATE portal_login_links SET used_at = now() WHERE id = :id"),
                {"id": row.id},
            )
        return True


def _service() -> MagicLinkService:
    return current_app.extensions["magic_links"]


@bp.post("/request")
def request_link():
    _service().send_link(request.form.get("email", ""))
    return {"status": "If we know that address, a link has been sent."}


@bp.get("/consume/<int:cid>/<token>")
def consume(cid: int, token: str):
    if not _service().consume(cid, token):
        abort(403)
    session.clear()
    session["customer_id"] = cid
    return redirect(url_for("portal.dashboard"))
