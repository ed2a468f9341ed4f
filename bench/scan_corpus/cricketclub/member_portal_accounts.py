"""Member portal account registration and sign-in for the club website."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request, session


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()

accounts_bp = Blueprint("accounts", __name__, url_prefix="/accounts")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["MEMBERS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def hash_password(password: str, cfg: HashSettings = HASH_SETTINGS) -> str:
    salt = os.urandom(cfg.salt_bytes)
    digest = hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)
    return f"pbkdf2_{cfg.algorithm}${cfg.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = stored.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


@accounts_bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = payload["email"].strip().lower()
    password = payload["password"]
    if len(password) < 10:
        return jsonify(error="Password must be at least 10 characters"), 400

    db = get_db()
    existing = db.execute("SELECT 1 FROM members WHERE email = ?", (email,)).fetchone()
    if existing:
        return jsonify(error="An account already exists for that email"), 409

    db.execute(
        "INSERT INTO members (email, first_name, last_name, password_hash) VALUES (?, ?, ?, ?)",
        (email, payload["first_name"], payload["last_name"], hash_password(password)),
    )
    db.commit()
    return jsonify(status="registered"), 201


@accounts_bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    row = get_db().execute(
        "SELECT id, password_hash FROM members WHERE email = ?", (email,)
    ).fetchone()
    if row is None or not check_password(payload.get("password", ""), row["password_hash"]):
        return jsonify(error="Invalid email or password"), 401

    session.clear()
    session["member_id"] = row["id"]
    return jsonify(status="ok")


@accounts_bp.post("/logout")
def logout():
    session.clear()
    return jsonify(status="logged out")
