"""Account management for the shearing contractor portal.

Contractors log in to see run bookings, submit tally sheets and download
their payment remittances. Accounts live in the farm's Postgres database.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, jsonify, request, session
from sqlalchemy import text


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASHING = HashSettings()

bp = Blueprint("contractor_accounts", __name__, url_prefix="/contractors")


def hash_password(password: str, settings: HashSettings = HASHING) -> str:
    salt = os.urandom(settings.salt_bytes)
    dk = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return "pbkdf2_{}${}${}${}".format(
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, dk_b64 = encoded.split("$")
    algorithm = scheme.split("_", 1)[1]
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(dk_b64)
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), salt, int(iterations)
    )
    return hmac.compare_digest(candidate, expected)


def _db():
    return current_app.extensions["sqlalchemy_engine"]


@bp.post("/register")
def register_contractor():
    body = request.get_json(force=True)
    business = (body.get("business_name") or "").strip()
    email = (body.get("email") or "").strip().lower()
    password = body.get("password") or ""
    if not business or "@" not in email or len(password) < 12:
        abort(400, "business_name, email and a 12+ character password are required")

    with _db().begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM contractors WHERE email = :email"), {"email": email}
        ).first()
        if exists:
            abort(409, "a contractor with that email already exists")
        row = conn.execute(
            text(
                "INSERT INTO contractors (business_name, email, password_hash) "
                "VALUES (:b, :e, :h) RETURNING id"
            ),
            {"b": business, "e": email, "h": hash_password(password)},
        ).one()
    return jsonify({"id": row.id}), 201


@bp.post("/login")
def login_contractor():
    body = request.get_json(force=True)
    email = (body.get("email") or "").strip().lower()
    password = body.get("password") or ""
    with _db().connect() as conn:
        row = conn.execute(
            text("SELECT id, password_hash FROM contractors WHERE email = :e"),
            {"e": email},
        ).first()
    if row is None or not verify_password(password, row.password_hash):
        abort(401, "invalid email or password")
    session.clear()
    session["contractor_id"] = row.id
    return jsonify({"ok": True})
