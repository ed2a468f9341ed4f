"""Customer portal account registration and login for the online booking site."""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request, session

bp = Blueprint("portal_accounts", __name__, url_prefix="/portal")


@dataclass(frozen=True)
class PasswordPolicy:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = PasswordPolicy()


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["PORTAL_DB_PATH"])
    conn.row_factory = sqlite3.Row
    return conn


def hash_password(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt or os.urandom(POLICY.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        POLICY.algorithm, password.encode("utf-8"), salt, POLICY.iterations
    )
    return salt, digest


def verify_password(password: str, salt: bytes, expected: bytes) -> bool:
    _, candidate = hash_password(password, salt)
    return hmac.compare_digest(candidate, expected)


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    password = payload.get("password", "")
    if "@" not in email or len(password) < POLICY.min_length:
        return jsonify(error="invalid email or password too short"), 400

    salt, digest = hash_password(password)
    with _db() as conn:
        exists = conn.execute(
            "SELECT 1 FROM customers WHERE email = ?", (email,)
        ).fetchone()
        if exists:
            return jsonify(error="account already exists"), 409
        conn.execute(
            "INSERT INTO customers (email, pw_salt, pw_hash) VALUES (?, ?, ?)",
            (email, salt, digest),
        )
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    with _db() as conn:
        row = conn.execute(
            "SELECT id, pw_salt, pw_hash FROM customers WHERE email = ?", (email,)
        ).fetchone()
    if row is None or not verify_password(
        payload.get("password", ""), row["pw_salt"], row["pw_hash"]
    ):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["customer_id"] = row["id"]
    return jsonify(status="ok")
