"""Password handling for restaurant buyer accounts (argon2id)."""
from __future__ import annotations

import os
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import create_engine, text

bp = Blueprint("buyer_auth", __name__, url_prefix="/buyers")
engine = create_engine(os.environ["BUYER_PORTAL_DB_URL"], pool_pre_ping=True)


@dataclass(frozen=True)
class Argon2Policy:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost, memory_cost=self.memory_cost, parallelism=self.parallelism
        )


hasher = Argon2Policy().hasher()


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    restaurant = (data.get("restaurant") or "").strip()
    if not restaurant or "@" not in email or len(password) < 12:
        abort(400, "restaurant, a valid email and a 12+ character password are required")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO buyers (restaurant, email, pw_hash, approved) "
                "VALUES (:restaurant, :email, :pw_hash, false)"
            ),
            {"restaurant": restaurant, "email": email, "pw_hash": hasher.hash(password)},
        )
    return jsonify({"status": "pending_approval"}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, pw_hash, approved FROM buyers WHERE email = :email"),
            {"email": email},
        ).mappings().first()
    if row is None or not row["approved"]:
        abort(401)
    try:
        hasher.verify(row["pw_hash"], password)
    except (VerifyMismatchError, InvalidHashError):
        abort(401)
    if hasher.check_needs_rehash(row["pw_hash"]):
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE buyers SET pw_hash = :h WHERE id = :id"),
                {"h": hasher.hash(password), "id": row["id"]},
            )
    session.clear()
    session["buyer_id"] = row["id"]
    return jsonify({"status": "ok"})
