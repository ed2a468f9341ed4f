"""Password reset by one-time code for the owner portal (codes sent by SMS)."""

from __future__ import annotations

import hmac
import random
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from flask import Blueprint, current_app, jsonify, request

from .db import get_db
from .notify import send_sms

bp = Blueprint("owner_reset", __name__, url_prefix="/portal/reset")

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5
_hasher = PasswordHasher()


def _new_code() -> str:
    return f"{random.randint(0, 999_999):06d}"


@bp.post("/request")
def request_reset():
    phone = request.get_json(force=True).get("phone", "").strip()
    db = get_db()
    owner = db.execute("SELECT id, phone FROM owners WHERE phone = ?", (phone,)).fetchone()
    if owner is not None:
        code = _new_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        db.execute(
            "INSERT INTO reset_codes (owner_id, code, expires_at, attempts) VALUES (?, ?, ?, 0)",
            (owner["id"], code, expires.isoformat()),
        )
        db.commit()
        send_sms(owner["phone"], f"Your MobileVet reset code is {code}. It expires in 15 minutes.")
        current_app.logger.info("reset code issued for owner %s", owner["id"])
    return jsonify(status="if the number is registered, a code has been sent")


@bp.post("/confirm")
def confirm_reset():
    body = request.get_json(force=True)
    db = get_db()
    row = db.execute(
        "SELECT rc.id, rc.owner_id, rc.code, rc.expires_at, rc.attempts FROM reset_codes rc "
        "JOIN owners o ON o.id = rc.owner_id WHERE o.phone = ? ORDER BY rc.id DESC LIMIT 1",
        (body.get("phone", "").strip(),),
    ).fetchone()
    if row is None or row["attempts"] >= MAX_ATTEMPTS:
        return jsonify(error="invalid code"), 400
    if datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        return jsonify(error="code expired"), 400
    if not hmac.compare_digest(row["code"], str(body.get("code", ""))):
        db.execute("UPDATE reset_codes SET attempts = attempts + 1 WHERE id = ?", (row["id"],))
        db.commit()
        return jsonify(error="invalid code"), 400
    db.execute(
        "UPDATE owners SET password_hash = ? WHERE id = ?",
        (_hasher.hash(body["new_password"]), row["owner_id"]),
    )
    db.execute("DELETE FROM reset_codes WHERE owner_id = ?", (row["owner_id"],))
    db.commit()
    return jsonify(status="password updated")
