"""Password reset flow for club website members.

A member asks for a reset link; we e-mail a single-use token that is valid
for one hour. Only a hash of the token is stored in the database.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request

from .db import get_db
from .mail import send_reset_email
from .passwords import MemberPasswordHasher

bp = Blueprint("password_reset", __name__, url_prefix="/account/reset")

TOKEN_TTL = timedelta(hours=1)
_hasher = MemberPasswordHasher()


def _new_reset_token() -> str:
    return secrets.token_urlsafe(32)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/request")
def request_reset():
    email = request.get_json(force=True).get("email", "").strip().lower()
    db = get_db()
    member = db.execute("SELECT id FROM members WHERE email = ? AND active = 1", (email,)).fetchone()
    if member is not None:
        token = _new_reset_token()
        db.execute(
            "INSERT INTO password_resets (member_id, token_sha256, expires_at) VALUES (?, ?, ?)",
            (member["id"], _token_digest(token), (datetime.now(timezone.utc) + TOKEN_TTL).isoformat()),
        )
        db.commit()
        send_reset_email(email, token)
    return jsonify({"status": "If the address is registered, a reset link has been sent."}), 202


@bp.post("/complete")
def complete_reset():
    body = request.get_json(force=True)
    token = body.get("token", "")
    new_password = body.get("password", "")
    db = get_db()
    row = db.execute(
        "SELECT id, member_id, expires_at FROM password_resets "
        "WHERE token_sha256 = ? AND used_at IS NULL",
        (_token_digest(token),),
    ).fetchone()
    if row is None or datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        abort(400, "Reset link is invalid or has expired")
    db.execute(
        "UPDATE members SET password_hash = ? WHERE id = ?",
        (_hasher.hash_password(new_password), row["member_id"]),
    )
    db.execute(
        "UPDATE password_resets SET used_at = ? WHERE id = ?",
        (datetime.now(timezone.utc).isoformat(), row["id"]),
    )
    db.commit()
    return jsonify({"status": "Password updated"})
