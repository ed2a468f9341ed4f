"""Password reset for referring-clinic portal users.

A six-digit code is e-mailed to the user and kept in Redis for fifteen
minutes.  Entering the right code lets the user choose a new password.
"""
from __future__ import annotations

import logging
import secrets
import smtplib
from email.message import EmailMessage

import redis
from argon2 import PasswordHasher
from flask import Blueprint, current_app, jsonify, request

from .users import find_user_by_email, set_password_hash

bp = Blueprint("password_reset", __name__, url_prefix="/portal/password-reset")
log = logging.getLogger(__name__)
hasher = PasswordHasher()

CODE_TTL_SECONDS = 15 * 60
MAX_ATTEMPTS = 5


def _store() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["REDIS_URL"])


def _send_code(email: str, code: str) -> None:
    msg = EmailMessage()
    msg["From"] = current_app.config["MAIL_FROM"]
    msg["To"] = email
    msg["Subject"] = "Your portal password reset code"
    msg.set_content(f"Your reset code is {code}. It expires in 15 minutes.")
    with smtplib.SMTP(current_app.config["SMTP_HOST"], 587) as smtp:
        smtp.starttls()
        smtp.login(current_app.config["SMTP_USER"], current_app.config["SMTP_PASSWORD"])
        smtp.send_message(msg)


@bp.post("/request")
def request_reset():
    email = str(request.json.get("email", "")).strip().lower()
    user = find_user_by_email(email)
    if user is not None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        _store().setex(f"pwreset:{user.id}", CODE_TTL_SECONDS, code)
        _send_code(user.email, code)
        log.info("password reset requested for user %s", user.id)
    return jsonify(status="if the address is registered, a code has been sent"), 202


@bp.post("/confirm")
def confirm_reset():
    body = request.json
    email = str(body.get("email", "")).strip().lower()
    code = str(body.get("code", "")).strip()
    new_password = str(body.get("new_password", ""))
    if len(new_password) < 12:
        return jsonify(error="password must be at least 12 characters"), 400

    user = find_user_by_email(email)
    if user is None:
        return jsonify(error="invalid code"), 400
    store = _store()
    attempts = store.incr(f"pwreset-attempts:{user.id}")
    store.expire(f"pwreset-attempts:{user.id}", CODE_TTL_SECONDS)
    if attempts > MAX_ATTEMPTS:
        store.delete(f"pwreset:{user.id}")
        return jsonify(error="too many attempts, request a new code"), 429
    stored = store.get(f"pwreset:{user.id}")
    if stored is None or stored.decode("ascii") != code:
        return jsonify(error="invalid code"), 400

    store.delete(f"pwreset:{user.id}", f"pwreset-attempts:{user.id}")
    set_password_hash(user.id, hasher.hash(new_password))
    log.info("password reset completed for user %s", user.id)
    return jsonify(status="password updated")
