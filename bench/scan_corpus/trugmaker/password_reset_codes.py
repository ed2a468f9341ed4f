"""Password reset links for shop customers.

A reset request emails a single-use link. Only a digest of the token is
stored, so a copy of the database cannot be used to reset accounts.
"""
from __future__ import annotations

import hashlib
import secrets
import sqlite3
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, request, url_for

bp = Blueprint("reset", __name__, url_prefix="/account/reset")

RESET_TTL = timedelta(hours=1)


def _db() -> sqlite3.Connection:
    return current_app.extensions["shop_db"]


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def new_reset_token() -> str:
    return secrets.token_urlsafe(32)


@bp.post("/request")
def request_reset():
    email = str((request.get_json(silent=True) or {}).get("email", "")).strip().lower()
    row = _db().execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()
    if row is not None:
        token = new_reset_token()
        expires = datetime.now(timezone.utc) + RESET_TTL
        _db().execute(
            "INSERT INTO password_resets (token_digest, customer_id, expires_at) VALUES (?, ?, ?)",
            (_digest(token), row[0], expires.isoformat()),
        )
        _db().commit()
        link = url_for("reset.complete_reset", token=token, _external=True)
        current_app.extensions["mailer"].send_reset(email, link)
    return {"message": "If that address has an account, a reset link is on its way."}, 202


@bp.post("/complete/<token>")
def complete_reset(token: str):
    new_password = str((request.get_json(silent=True) or {}).get("password", ""))
    if len(new_password) < 10:
        return {"error": "Password must be at least 10 characters"}, 400
    row = _db().execute(
        "SELECT customer_id, expires_at FROM password_resets WHERE token_digest = ? AND used_at IS NULL",
        (_digest(token),),
    ).fetchone()
    if row is None or datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
        return {"error": "This link has expired"}, 400
    current_app.extensions["passwords"].set_password(row[0], new_password)
    _db().execute(
        "UPDATE password_resets SET used_at = ? WHERE token_digest = ?",
        (datetime.now(timezone.utc).isoformat(), _digest(token)),
    )
    _db().commit()
    return {"ok": True}
