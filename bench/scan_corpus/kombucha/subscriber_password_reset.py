"""Password reset for subscription club members.

A six-digit code is mailed to the member; they type it into the reset form
together with their new password.
"""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("password_reset", __name__)
engine = create_engine(os.environ["SUBSCRIPTIONS_DATABASE_URL"])
hasher = PasswordHasher()

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


def _new_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


@bp.post("/reset/request")
def request_reset():
    email = (request.get_json(silent=True) or {}).get("email", "").strip().lower()
    code = _new_code()
    with engine.begin() as conn:
        found = conn.execute(
            text("UPDATE subscribers SET reset_code = :code, reset_expires = :exp,"
                 " reset_attempts = 0 WHERE email = :email"),
            {"code": code, "exp": datetime.now(timezone.utc) + CODE_TTL, "email": email},
        ).rowcount
    if found:
        current_app.extensions["mailer"].send(
            to=email, subject="Your reset code", body=f"Your code is {code}. It expires in 15 minutes."
        )
    return jsonify({"sent": True})


@bp.post("/reset/confirm")
def confirm_reset():
    body = request.get_json(silent=True) or {}
    email = body.get("email", "").strip().lower()
    submitted = body.get("code", "")
    new_password = body.get("new_password", "")
    if len(new_password) < 10:
        abort(400)
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT id, reset_code, reset_expires, reset_attempts FROM subscribers"
                 " WHERE email = :email"),
            {"email": email},
        ).mappings().first()
        if row is None or row["reset_code"] is None:
            abort(400)
        if row["reset_attempts"] >= MAX_ATTEMPTS or row["reset_expires"] < datetime.now(timezone.utc):
            abort(400)
        if row["reset_code"] != submitted:
            conn.execute(
                text("UPDATE subscribers SET reset_attempts = reset_attempts + 1 WHERE id = :id"),
                {"id": row["id"]},
            )
            abort(400)
        conn.execute(
            text("UPDATE subscribers SET password_hash = :ph, reset_code = NULL,"
                 " reset_expires = NULL WHERE id = :id"),
            {"ph": hasher.hash(new_password), "id": row["id"]},
        )
    return jsonify({"reset": True})
