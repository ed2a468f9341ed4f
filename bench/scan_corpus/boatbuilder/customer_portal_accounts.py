"""Customer portal account registration and sign-in for the boatyard.

Customers who commission a build get a portal login so they can follow
hull progress, approve stage invoices and download their general
arrangement drawings.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request, session

bp = Blueprint("portal_accounts", __name__, url_prefix="/portal/accounts")


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASHING = HashSettings()


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["PORTAL_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def hash_password(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt or os.urandom(HASHING.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        HASHING.algorithm, password.encode("utf-8"), salt, HASHING.iterations
    )
    return salt, digest


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = payload["email"].strip().lower()
    password = payload["password"]
    if len(password) < 10:
        return jsonify(error="password too short"), 400
    salt, digest = hash_password(password)
    db = _db()
    try:
        db.execute(
            "INSERT INTO customers (email, pw_salt, pw_hash) VALUES (?, ?, ?)",
            (email, salt, digest),
        )
        db.commit()
    except sqlite3.IntegrityError:
        return jsonify(error="account exists"), 409
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    row = _db().execute(
        "SELECT id, pw_salt, pw_hash FROM customers WHERE email = ?", (email,)
    ).fetchone()
    if row is None:
        return jsonify(error="invalid credentials"), 401
    _, digest = hash_password(payload.get("password", ""), row["pw_salt"])
    if not hmac.compare_digest(digest, row["pw_hash"]):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["customer_id"] = row["id"]
    return jsonify(status="ok")
