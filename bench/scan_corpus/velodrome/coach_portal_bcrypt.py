"""Coach portal accounts: coaches reserve block track time and manage squad riders."""
from __future__ import annotations

import logging

import bcrypt
from flask import Blueprint, jsonify, request, session

from .db import get_conn

log = logging.getLogger("velodrome.coach_portal")

bp = Blueprint("coach_portal", __name__, url_prefix="/coach")

BCRYPT_ROUNDS = 12
_DUMMY_HASH = bcrypt.hashpw(b"placeholder-password", bcrypt.gensalt(BCRYPT_ROUNDS))


def hash_coach_password(password: str) -> bytes:
    pw = password.encode("utf-8")
    if len(pw) > 72:
        raise ValueError("password longer than 72 bytes")
    return bcrypt.hashpw(pw, bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


@bp.post("/signup")
def signup():
    data = request.get_json(force=True)
    email = data["email"].strip().lower()
    try:
        hashed = hash_coach_password(data["password"])
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    with get_conn() as conn:
        conn.execute(
            "INSERT INTO coaches (email, club, password_hash) VALUES (%s, %s, %s)",
            (email, data.get("club", ""), hashed.decode("ascii")),
        )
    log.info("coach signed up: %s", email)
    return jsonify(ok=True), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    with get_conn() as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM coaches WHERE email = %s", (email,)
        ).fetchone()
    stored = row[1].encode("ascii") if row else _DUMMY_HASH
    ok = bcrypt.checkpw(data.get("password", "").encode("utf-8"), stored)
    if not (row and ok):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["coach_id"] = row[0]
    return jsonify(ok=True)
