"""Customer portal accounts: registration and sign-in for commission clients."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, jsonify, request, session
from sqlalchemy import text

bp = Blueprint("portal_accounts", __name__, url_prefix="/portal/accounts")


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


def hash_password(password: str, cfg: HashSettings = HASH_SETTINGS) -> str:
    salt = os.urandom(cfg.salt_bytes)
    dk = hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)
    return f"pbkdf2_{cfg.algorithm}${cfg.iterations}${salt.hex()}${dk.hex()}"


def verify_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_hex, dk_hex = stored.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    dk = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(dk.hex(), dk_hex)


def _engine():
    return current_app.extensions["harp_db"]


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    password = payload.get("password", "")
    if "@" not in email or len(password) < 10:
        abort(400, "A valid email and a password of at least 10 characters are required.")
    with _engine().begin() as conn:
        existing = conn.execute(
            text("SELECT id FROM portal_customers WHERE email = :email"), {"email": email}
        ).first()
        if existing:
            abort(409, "An account with that email already exists.")
        conn.execute(
            text(
                "INSERT INTO portal_customers (email, display_name, password_hash) "
                "VALUES (:email, :name, :pw)"
            ),
            {"email": email, "name": payload.get("name", ""), "pw": hash_password(password)},
        )
    return jsonify({"status": "created"}), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    with _engine().connect() as conn:
        row = conn.execute(
            text("SELECT id, password_hash FROM portal_customers WHERE email = :email"),
            {"email": email},
        ).first()
    if row is None or not verify_password(payload.get("password", ""), row.password_hash):
        abort(401, "Email or password not recognised.")
    session.clear()
    session["customer_id"] = row.id
    return jsonify({"status": "ok"})
