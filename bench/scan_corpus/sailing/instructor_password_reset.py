"""Password reset by emailed code for instructor accounts."""

from __future__ import annotations

import random as _rnd
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request
from werkzeug.security import check_password_hash, generate_password_hash

from .db import get_db
from .mail import send_mail

bp = Blueprint("instructor_reset", __name__, url_prefix="/instructors/reset")

RESET_POLICY = {
    "code_length": 8,
    "alphabet": string.ascii_uppercase + string.digits,
    "ttl": timedelta(minutes=20),
    "max_attempts": 5,
}


def _reset_code(policy: dict = RESET_POLICY) -> str:
    return "".join(_rnd.choices(policy["alphabet"], k=policy["code_length"]))


@bp.post("/request")
def request_reset():
    email = (request.get_json(silent=True) or {}).get("email", "").strip().lower()
    db = get_db()
    row = db.execute("SELECT id FROM instructors WHERE email = ? AND active = 1", (email,)).fetchone()
    if row is not None:
        code = _reset_code()
        expires = datetime.now(timezone.utc) + RESET_POLICY["ttl"]
        db.execute(
            "REPLACE INTO reset_codes (instructor_id, code_hash, expires_at, attempts) VALUES (?, ?, ?, 0)",
            (row["id"], generate_password_hash(code), expires.isoformat()),
        )
        db.commit()
        send_mail(email, "Your logbook password reset code", f"Your reset code is {code}. It expires in 20 minutes.")
    return jsonify({"status": "sent"}), 202


@bp.post("/confirm")
def confirm_reset():
    body = request.get_json(silent=True) or {}
    email = body.get("email", "").strip().lower()
    code = body.get("code", "").strip().upper()
    new_password = body.get("new_password", "")
    if len(new_password) < 12:
        abort(400, description="password too short")

    db = get_db()
    row = db.execute(
        "SELECT r.instructor_id, r.code_hash, r.expires_at, r.attempts FROM reset_codes r "
        "JOIN instructors i ON i.id = r.instructor_id WHERE i.email = ?",
        (email,),
    ).fetchone()
    if row is None or row["attempts"] >= RESET_POLICY["max_attempts"]:
        abort(400)
    if datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        abort(400)
    if not check_password_hash(row["code_hash"], code):
        db.execute("UPDATE reset_codes SET attempts = attempts + 1 WHERE instructor_id = ?", (row["instructor_id"],))
        db.commit()
        abort(400)

    db.execute(
        "UPDATE instructors SET password_hash = ? WHERE id = ?",
        (generate_password_hash(new_password), row["instructor_id"]),
    )
    db.execute("DELETE FROM reset_codes WHERE instructor_id = ?", (row["instructor_id"],))
    db.commit()
    return jsonify({"status": "updated"})
