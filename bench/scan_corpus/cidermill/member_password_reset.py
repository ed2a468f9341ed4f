"""Password reset flow for cider mill member accounts."""
from __future__ import annotations

import hashlib
import hmac
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, request
from flask_mail import Message

from .auth import set_member_password
from .db import get_db
from .extensions import mail

bp = Blueprint("reset", __name__, url_prefix="/account/reset")

RESET_TTL = timedelta(hours=1)


def _reset_token() -> str:
    return uuid.uuid1().hex


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/request")
def request_reset():
    email = request.form.get("email", "").strip().lower()
    db = get_db()
    member = db.execute("SELECT id, name FROM members WHERE email = ?", (email,)).fetchone()
    if member is not None:
        token = _reset_token()
        db.execute(
            "INSERT INTO password_resets (member_id, token_digest, expires_at) VALUES (?, ?, ?)",
            (member["id"], _token_digest(token), (datetime.now(timezone.utc) + RESET_TTL).isoformat()),
        )
        db.commit()
        link = f"{current_app.config['PUBLIC_BASE_URL']}/account/reset/{token}"
        mail.send(
            Message(
                subject="Reset your cider mill password",
                recipients=[email],
                body=f"Hello {member['name']},\n\nUse this link within the hour:\n{link}\n",
            )
        )
    return {"status": "if the address is registered, a link is on its way"}


@bp.post("/<token>")
def complete_reset(token: str):
    new_password = request.form.get("password", "")
    if len(new_password) < 10:
        abort(400)
    db = get_db()
    row = db.execute(
        "SELECT id, member_id, token_digest, expires_at FROM password_resets "
        "WHERE token_digest = ? AND used = 0",
        (_token_digest(token),),
    ).fetchone()
    if row is None or not hmac.compare_digest(row["token_digest"], _token_digest(token)):
        abort(404)
    if datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        abort(410)
    set_member_password(row["member_id"], new_password)
    db.execute("UPDATE password_resets SET used = 1 WHERE id = ?", (row["id"],))
    db.commit()
    return {"status": "password updated"}
