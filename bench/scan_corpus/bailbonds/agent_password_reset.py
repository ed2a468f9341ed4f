"""Password reset for bail agents who are locked out of the back office."""
from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from flask import Blueprint, abort, current_app, jsonify, request
from flask_mail import Message

from .db import get_db
from .extensions import mail

log = logging.getLogger(__name__)
bp = Blueprint("agent_reset", __name__, url_prefix="/agents/reset")
ph = PasswordHasher()

RESET_TTL = timedelta(minutes=30)


@bp.post("/request")
def request_reset():
    username = (request.get_json(force=True).get("username") or "").strip()
    db = get_db()
    agent = db.execute("SELECT id, email FROM agents WHERE username = ?", (username,)).fetchone()
    if agent is not None:
        code = secrets.token_urlsafe(24)
        db.execute(
            "INSERT INTO agent_resets (agent_id, code, expires_at) VALUES (?, ?, ?)",
            (agent["id"], code, (datetime.now(timezone.utc) + RESET_TTL).isoformat()),
        )
        db.commit()
        link = f"{current_app.config['BACKOFFICE_URL']}/reset?agent={agent['id']}&code={code}"
        mail.send(Message("Reset your back-office password", recipients=[agent["email"]],
                          body=f"Use this link within 30 minutes: {link}"))
        log.info("password reset requested for agent %s", username)
    return jsonify({"ok": True})


@bp.post("/confirm")
def confirm_reset():
    data = request.get_json(force=True)
    agent_id = int(data["agent_id"])
    new_password = data.get("new_password") or ""
    if len(new_password) < 12:
        abort(400, "password too short")

    db = get_db()
    row = db.execute(
        "SELECT code, expires_at FROM agent_resets WHERE agent_id = ? ORDER BY expires_at DESC",
        (agent_id,),
    ).fetchone()
    if row is None or datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        abort(410, "reset link expired")
    if row["code"] != data.get("code"):
        abort(403, "invalid reset link")

    db.execute("UPDATE agents SET password_hash = ? WHERE id = ?", (ph.hash(new_password), agent_id))
    db.execute("DELETE FROM agent_resets WHERE agent_id = ?", (agent_id,))
    db.commit()
    return jsonify({"reset": True})
