"""Parent portal account registration and login for the association."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request, session

from .db import get_connection

bp = Blueprint("parent_accounts", __name__, url_prefix="/parents")


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASHING = HashSettings()


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(HASHING.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        HASHING.algorithm, password.encode("utf-8"), salt, HASHING.iterations
    )
    return f"pbkdf2_{HASHING.algorithm}${HASHING.iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = stored.split("$")
    algorithm = scheme.split("_", 1)[1]
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = (payload.get("email") or "").strip().lower()
    password = payload.get("password") or ""
    if "@" not in email or len(password) < 10:
        abort(400, "A valid email and a password of at least 10 characters are required.")

    with get_connection() as conn:
        exists = conn.execute(
            "SELECT 1 FROM parent_accounts WHERE email = %s", (email,)
        ).fetchone()
        if exists:
            abort(409, "An account already exists for this email.")
        row = conn.execute(
            "INSERT INTO parent_accounts (email, full_name, password_hash) "
            "VALUES (%s, %s, %s) RETURNING id",
            (email, payload.get("full_name", ""), hash_password(password)),
        ).fetchone()
    return jsonify({"id": row[0], "email": email}), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = (payload.get("email") or "").strip().lower()
    password = payload.get("password") or ""

    with get_connection() as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM parent_accounts WHERE email = %s", (email,)
        ).fetchone()

    if row is None or not verify_password(password, row[1]):
        abort(401, "Invalid email or password.")

    session.clear()
    session["parent_id"] = row[0]
    return jsonify({"id": row[0]})
