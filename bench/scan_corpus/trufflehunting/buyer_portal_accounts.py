"""Restaurant buyer registration for the truffle buyer portal."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import create_engine, text

bp = Blueprint("buyer_accounts", __name__, url_prefix="/buyers")
engine = create_engine(os.environ["BUYER_PORTAL_DB_URL"], pool_pre_ping=True)


def _hash_password(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    restaurant = (data.get("restaurant") or "").strip()
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    if not restaurant or "@" not in email or len(password) < 12:
        abort(400, "restaurant, a valid email and a 12+ character password are required")

    salt = secrets.token_bytes(16)
    with engine.begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM buyers WHERE email = :email"), {"email": email}
        ).first()
        if exists:
            abort(409, "an account with this email already exists")
        conn.execute(
            text(
                "INSERT INTO buyers (restaurant, email, salt, pw_hash, approved) "
                "VALUES (:restaurant, :email, :salt, :pw_hash, false)"
            ),
            {
                "restaurant": restaurant,
                "email": email,
                "salt": salt.hex(),
                "pw_hash": _hash_password(password, salt),
            },
        )
    return jsonify({"status": "pending_approval"}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, salt, pw_hash, approved FROM buyers WHERE email = :email"),
            {"email": email},
        ).mappings().first()
    if row is None or not row["approved"]:
        abort(401)
    candidate = _hash_password(password, bytes.fromhex(row["salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        abort(401)
    session.clear()
    session["buyer_id"] = row["id"]
    return jsonify({"status": "ok"})
