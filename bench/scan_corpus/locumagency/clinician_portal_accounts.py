"""Account registration and sign-in for the clinician self-service portal.

Locum doctors and nurses use the portal to upload credentials, see offered
shifts and download payslips.  Accounts are keyed on the professional
registration number (GMC / NMC PIN) plus a contact e-mail address.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request, session


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASHING = HashingSettings()

bp = Blueprint("portal_accounts", __name__, url_prefix="/portal/accounts")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["PORTAL_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(HASHING.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        HASHING.algorithm, password.encode("utf-8"), salt, HASHING.iterations
    )
    return f"pbkdf2_{HASHING.algorithm}${HASHING.iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = stored.split("$")
    candidate = hashlib.pbkdf2_hmac(
        scheme.removeprefix("pbkdf2_"),
        password.encode("utf-8"),
        bytes.fromhex(salt_hex),
        int(iterations),
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    registration = body.get("registration_number", "").strip().upper()
    email = body.get("email", "").strip().lower()
    password = body.get("password", "")
    if not registration or "@" not in email or len(password) < 12:
        return jsonify({"error": "registration number, e-mail and a 12+ character password are required"}), 400

    db = get_db()
    exists = db.execute(
        "SELECT 1 FROM portal_users WHERE registration_number = ? OR email = ?",
        (registration, email),
    ).fetchone()
    if exists:
        return jsonify({"error": "account already exists"}), 409

    db.execute(
        "INSERT INTO portal_users (registration_number, email, password_hash) VALUES (?, ?, ?)",
        (registration, email, hash_password(password)),
    )
    db.commit()
    return jsonify({"status": "created"}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    password = body.get("password", "")

    row = get_db().execute(
        "SELECT id, password_hash FROM portal_users WHERE email = ?", (email,)
    ).fetchone()
    if row is None or not verify_password(password, row["password_hash"]):
        return jsonify({"error": "invalid credentials"}), 401

    session.clear()
    session["clinician_user_id"] = row["id"]
    return jsonify({"status": "ok"})
