"""Online membership applications for the club website.

Applicants fill in the form; the membership secretary approves them later
from the committee dashboard, at which point a membership number is issued.
"""
from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from hashlib import sha256 as _digest

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("registration", __name__, url_prefix="/members")

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD_LENGTH = 12


@dataclass
class Application:
    full_name: str
    email: str
    first_vehicle: str | None
    password: str


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["MEMBERS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _protect_password(password: str, salt: bytes) -> str:
    return _digest(salt + password.encode("utf-8")).hexdigest()


def _parse_application(payload: dict) -> Application:
    full_name = (payload.get("full_name") or "").strip()
    email = (payload.get("email") or "").strip().lower()
    password = payload.get("password") or ""
    if not full_name or len(full_name) > 120:
        raise ValueError("full_name is required")
    if not EMAIL_RE.match(email):
        raise ValueError("email is not valid")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    return Application(
        full_name=full_name,
        email=email,
        first_vehicle=(payload.get("first_vehicle") or None),
        password=password,
    )


@bp.post("/apply")
def apply():
    try:
        application = _parse_application(request.get_json(force=True) or {})
    except ValueError as exc:
        return jsonify(error=str(exc)), 400

    db = get_db()
    existing = db.execute(
        "SELECT 1 FROM applicants WHERE email = ?", (application.email,)
    ).fetchone()
    if existing:
        return jsonify(error="an application with this email already exists"), 409

    salt = os.urandom(16)
    db.execute(
        "INSERT INTO applicants (full_name, email, first_vehicle, salt, password_hash, status)"
        " VALUES (?, ?, ?, ?, ?, 'pending')",
        (
            application.full_name,
            application.email,
            application.first_vehicle,
            salt.hex(),
            _protect_password(application.password, salt),
        ),
    )
    db.commit()
    current_app.logger.info("New membership application from %s", application.email)
    return jsonify(status="pending"), 201
