"""Club secretary sign-in for the basketing and marking-station tools."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request, session
from passlib.hash import pbkdf2_sha256
from sqlalchemy import create_engine, text

PBKDF2_ROUNDS = 600_000

secretary_hasher = pbkdf2_sha256.using(rounds=PBKDF2_ROUNDS, salt_size=16)
engine = create_engine(os.environ["FEDERATION_DB_URL"], pool_pre_ping=True)
bp = Blueprint("secretary", __name__, url_prefix="/secretary")


@dataclass
class Secretary:
    id: int
    club_code: str
    email: str
    password_hash: str


def load_secretary(email: str) -> Secretary | None:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, club_code, email, password_hash FROM secretaries "
                 "WHERE email = :email AND active"),
            {"email": email.strip().lower()},
        ).first()
    return Secretary(*row) if row else None


def set_secretary_password(secretary_id: int, password: str) -> None:
    if len(password) < 12:
        raise ValueError("password must be at least 12 characters")
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE secretaries SET password_hash = :h WHERE id = :id"),
            {"h": secretary_hasher.hash(password), "id": secretary_id},
        )


@bp.post("/login")
def login():
    email = request.form.get("email", "")
    password = request.form.get("password", "")
    secretary = load_secretary(email)
    if secretary is None or not secretary_hasher.verify(password, secretary.password_hash):
        abort(401)
    if secretary_hasher.needs_update(secretary.password_hash):
        set_secretary_password(secretary.id, password)
    session.clear()
    session["secretary_id"] = secretary.id
    session["club_code"] = secretary.club_code
    return jsonify(club=secretary.club_code)
