"""Login endpoint and audit trail for the subscription club site.

Failed and successful sign-ins are logged for the support team, who use
the trail when a member says they are locked out.
"""
from __future__ import annotations

import logging
import os

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Flask, abort, jsonify, request, session
from sqlalchemy import create_engine, text

audit = logging.getLogger("subscriptions.audit")

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SUBSCRIPTIONS_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
engine = create_engine(os.environ["SUBSCRIPTIONS_DATABASE_URL"])
hasher = PasswordHasher()


def _client_ip() -> str:
    return request.access_route[0] if request.access_route else (request.remote_addr or "-")


@app.post("/login")
def login():
    form = request.get_json(silent=True) or {}
    email = form.get("email", "").strip().lower()
    password = form.get("password", "")
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, password_hash, active FROM subscribers WHERE email = :email"),
            {"email": email},
        ).first()
    if row is None:
        audit.info("login failed: unknown email=%s ip=%s", email, _client_ip())
        abort(401)
    try:
        hasher.verify(row.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        audit.info("login failed: bad password for subscriber=%s email=%s ip=%s",
                   row.id, email, _client_ip())
        abort(401)
    if not row.active:
        audit.info("login refused: paused subscription subscriber=%s", row.id)
        abort(403)
    session.clear()
    session["subscriber_id"] = row.id
    audit.info("login ok: subscriber=%s ip=%s", row.id, _client_ip())
    return jsonify({"ok": True})


@app.post("/logout")
def logout():
    subscriber_id = session.pop("subscriber_id", None)
    audit.info("logout: subscriber=%s", subscriber_id)
    session.clear()
    return jsonify({"ok": True})
