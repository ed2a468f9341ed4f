"""Customer portal account registration and login for organ hire clients."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request, session

bp = Blueprint("portal_accounts", __name__, url_prefix="/portal")


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["PORTAL_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def hash_password(password: str, settings: HashSettings = HASH_SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return "$".join(
        [
            str(settings.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def check_password(password: str, stored: str, settings: HashSettings = HASH_SETTINGS) -> bool:
    iterations, salt_b64, digest_b64 = stored.split("$")
    candidate = hashlib.pbkdf2_hmac(
        settings.algorithm,
        password.encode("utf-8"),
        base64.b64decode(salt_b64),
        int(iterations),
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    if len(body.get("password", "")) < 10:
        return jsonify(error="password too short"), 400
    with _db() as conn:
        exists = conn.execute("SELECT 1 FROM customers WHERE email = ?", (email,)).fetchone()
        if exists:
            return jsonify(error="account exists"), 409
        conn.execute(
            "INSERT INTO customers (email, display_name, password_hash) VALUES (?, ?, ?)",
            (email, body.get("name", ""), hash_password(body["password"])),
        )
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    with _db() as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM customers WHERE email = ?", (email,)
        ).fetchone()
    if row is None or not check_password(body.get("password", ""), row["password_hash"]):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["customer_id"] = row["id"]
    return jsonify(status="ok")
