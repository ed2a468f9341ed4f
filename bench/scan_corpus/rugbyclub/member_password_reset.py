"""Password reset flow for club members (players, parents, volunteers)."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request

from .db import get_db
from .mail import send_template

bp = Blueprint("password_reset", __name__, url_prefix="/account/reset")

RESET_TTL = timedelta(minutes=30)


@dataclass
class ResetRequest:
    member_id: int
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def token_digest(self) -> str:
        return hashlib.sha256(self.token.encode("ascii")).hexdigest()

    @property
    def expires_at(self) -> datetime:
        return self.created_at + RESET_TTL


@bp.post("/request")
def request_reset():
    email = (request.get_json(silent=True) or {}).get("email", "").strip().lower()
    db = get_db()
    member = db.execute("SELECT id, first_name FROM members WHERE email = ?", (email,)).fetchone()
    if member is not None:
        reset = ResetRequest(member_id=member["id"])
        db.execute(
            "INSERT INTO password_resets (member_id, token_digest, expires_at) VALUES (?, ?, ?)",
            (reset.member_id, reset.token_digest, reset.expires_at.isoformat()),
        )
        db.commit()
        link = f"{current_app.config['PUBLIC_BASE_URL']}/reset?token={reset.token}"
        send_template(email, "password_reset", first_name=member["first_name"], link=link)
    return jsonify({"status": "If that address is registered, a reset link is on its way."})


@bp.post("/confirm")
def confirm_reset():
    body = request.get_json(silent=True) or {}
    token = body.get("token", "")
    digest = hashlib.sha256(token.encode("ascii", "ignore")).hexdigest()
    db = get_db()
    row = db.execute(
        "SELECT member_id, expires_at FROM password_resets WHERE token_digest = ? AND used = 0",
        (digest,),
    ).fetchone()
    if row is None or datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        return jsonify({"error": "invalid or expired link"}), 400
    current_app.extensions["password_hasher"].set_password(db, row["member_id"], body["password"])
    db.execute("UPDATE password_resets SET used = 1 WHERE token_digest = ?", (digest,))
    db.commit()
    return jsonify({"status": "password updated"})
