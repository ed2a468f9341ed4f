"""Password reset endpoints for the member portal."""

import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.security import generate_password_hash

from portal.db import get_db
from portal.mailer import send_template

bp = Blueprint("password_reset", __name__, url_prefix="/account/reset")
logger = logging.getLogger("portal.password_reset")

RESET_TTL = timedelta(minutes=30)
MIN_PASSWORD_LENGTH = 10


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _issue_token(member_id: int) -> str:
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + RESET_TTL
    db = get_db()
    db.execute(
        "INSERT INTO password_resets (member_id, token_digest, expires_at) VALUES (?, ?, ?)",
        (member_id, _digest(token), expires.isoformat()),
    )
    db.commit()
    return token


def _reset_link(token: str) -> str:
    base = current_app.config["PORTAL_BASE_URL"].rstrip("/")
    return f"{base}/reset?token={token}"


@bp.post("")
def start():
    payload = request.get_json(silent=True) or {}
    email = str(payload.get("email", "")).strip().lower()
    member = get_db().execute(
        "SELECT id, first_name FROM members WHERE email = ? AND active = 1", (email,)
    ).fetchone()
    if member is not None:
        link = _reset_link(_issue_token(member["id"]))
        send_template(email, "password_reset.txt", first_name=member["first_name"], link=link)
        logger.info("Reset email for member %s sent with link %s", member["id"], link)
    return jsonify({"status": "If that address belongs to a member, an email is on its way."}), 202


@bp.post("/<token>")
def complete(token: str):
    new_password = str((request.get_json(silent=True) or {}).get("password", ""))
    if len(new_password) < MIN_PASSWORD_LENGTH:
        return jsonify({"error": f"Password must be at least {MIN_PASSWORD_LENGTH} characters."}), 400
    db = get_db()
    row = db.execute(
        "SELECT id, member_id, expires_at FROM password_resets "
        "WHERE token_digest = ? AND used_at IS NULL",
        (_digest(token),),
    ).fetchone()
    if row is None or datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        abort(404)
    now = datetime.now(timezone.utc).isoformat()
    db.execute(
        "UPDATE members SET password_hash = ? WHERE id = ?",
        (generate_password_hash(new_password), row["member_id"]),
    )
    db.execute("UPDATE password_resets SET used_at = ? WHERE id = ?", (now, row["id"]))
    db.commit()
    logger.info("Password reset completed for member %s", row["member_id"])
    return jsonify({"status": "Password updated."})
