"""Self-service registration and sign-in for referring-clinic portal users."""
from __future__ import annotations

import logging
import secrets
import sqlite3
from hashlib import sha256 as _digest
from hmac import compare_digest

from flask import Blueprint, current_app, g, jsonify, request, session

bp = Blueprint("clinic_users", __name__, url_prefix="/portal/users")
log = logging.getLogger(__name__)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["PORTAL_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _password_digest(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    invite = str(body.get("invite_code", "")).strip()
    if not email or len(password) < 12:
        return jsonify(error="email and a password of at least 12 characters are required"), 400

    db = get_db()
    clinic = db.execute(
        "SELECT id FROM clinic_invites WHERE code = ? AND used_at IS NULL", (invite,)
    ).fetchone()
    if clinic is None:
        return jsonify(error="invite code not recognised"), 404

    salt = secrets.token_hex(16)
    db.execute(
        "INSERT INTO portal_users (email, clinic_id, salt, password_hash) VALUES (?, ?, ?, ?)",
        (email, clinic["id"], salt, _password_digest(password, salt)),
    )
    db.execute("UPDATE clinic_invites SET used_at = CURRENT_TIMESTAMP WHERE code = ?", (invite,))
    db.commit()
    log.info("registered portal user %s for clinic %s", email, clinic["id"])
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))

    row = get_db().execute(
        "SELECT id, clinic_id, salt, password_hash FROM portal_users WHERE email = ?", (email,)
    ).fetchone()
    if row is None or not compare_digest(_password_digest(password, row["salt"]), row["password_hash"]):
        log.warning("failed portal login for %s from %s", email, request.remote_addr)
        return jsonify(error="invalid credentials"), 401

    session.clear()
    session["user_id"] = row["id"]
    session["clinic_id"] = row["clinic_id"]
    return jsonify(status="ok")
