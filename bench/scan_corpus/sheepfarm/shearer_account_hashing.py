"""Password hashing for shearing contractor portal accounts.

Contractors log in to see run bookings and upload tally sheets. Hashes are
stored in the ``contractors.password_hash`` column.
"""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, current_app, jsonify, request, session
from sqlalchemy import text

bp = Blueprint("contractor_accounts", __name__, url_prefix="/contractors")


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4


def make_hasher(settings: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.time_cost,
        memory_cost=settings.memory_cost,
        parallelism=settings.parallelism,
    )


_hasher = make_hasher()


def _engine():
    return current_app.extensions["sqlalchemy_engine"]


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = (body.get("email") or "").strip().lower()
    password = body.get("password") or ""
    business = (body.get("business_name") or "").strip()
    if not business or "@" not in email or len(password) < 12:
        abort(400, "business_name, email and a 12+ character password are required")
    with _engine().begin() as conn:
        row = conn.execute(
            text(
                "INSERT INTO contractors (business_name, email, password_hash) "
                "VALUES (:b, :e, :h) ON CONFLICT (email) DO NOTHING RETURNING id"
            ),
            {"b": business, "e": email, "h": _hasher.hash(password)},
        ).first()
    if row is None:
        abort(409, "a contractor with that email already exists")
    return jsonify({"id": row.id}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    email = (body.get("email") or "").strip().lower()
    password = body.get("password") or ""
    with _engine().connect() as conn:
        row = conn.execute(
            text("SELECT id, password_hash FROM contractors WHERE email = :e"),
            {"e": email},
        ).first()
    if row is None:
        abort(401, "invalid email or password")
    try:
        _hasher.verify(row.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        abort(401, "invalid email or password")
    if _hasher.check_needs_rehash(row.password_hash):
        with _engine().begin() as conn:
            conn.execute(
                text("UPDATE contractors SET password_hash = :h WHERE id = :i"),
                {"h": _hasher.hash(password), "i": row.id},
            )
    session.clear()
    session["contractor_id"] = row.id
    return jsonify({"ok": True})
