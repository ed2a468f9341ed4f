"""Registration and sign-in for conservation-architect accounts on the trade portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request, session

bp = Blueprint("architects", __name__, url_prefix="/architects")


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


POLICY = HashingPolicy()


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["PORTAL_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def hash_password(password: str, policy: HashingPolicy = POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )
    return "$".join(
        [
            policy.algorithm,
            str(policy.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify_password(password: str, stored: str) -> bool:
    algorithm, iterations, salt_b64, digest_b64 = stored.split("$")
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    practice = body.get("practice", "").strip()
    password = body["password"]
    if len(password) < 12:
        return jsonify(error="password must be at least 12 characters"), 400
    db = _db()
    exists = db.execute("SELECT 1 FROM architects WHERE email = ?", (email,)).fetchone()
    if exists:
        return jsonify(error="account already exists"), 409
    db.execute(
        "INSERT INTO architects (email, practice, password_hash) VALUES (?, ?, ?)",
        (email, practice, hash_password(password)),
    )
    db.commit()
    return jsonify(status="registered"), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    row = _db().execute(
        "SELECT id, password_hash FROM architects WHERE email = ?", (email,)
    ).fetchone()
    if row is None or not verify_password(body.get("password", ""), row["password_hash"]):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["architect_id"] = row["id"]
    return jsonify(status="ok")
