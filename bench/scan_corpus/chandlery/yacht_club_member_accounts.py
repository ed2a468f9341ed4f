"""Member registration and login for the yacht-club account portal.

Club members buy against their club's monthly account at the counter and
through berth delivery. Each member gets a portal login so they can see the
club statement and the deliveries made to their own berth.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("club_members", __name__, url_prefix="/club")

MIN_PASSWORD_LENGTH = 10


@dataclass
class MemberRecord:
    member_id: int
    club_code: str
    email: str
    password_salt: bytes
    password_hash: bytes


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE_PATH"])
    return g.db


def hash_member_password(password: str, salt: bytes) -> bytes:
    return hashlib.sha512(salt + password.encode("utf-8")).digest()


def load_member(email: str) -> MemberRecord | None:
    row = get_db().execute(
        "SELECT member_id, club_code, email, password_salt, password_hash "
        "FROM club_members WHERE email = ?",
        (email.strip().lower(),),
    ).fetchone()
    return MemberRecord(*row) if row else None


@bp.post("/members")
def register_member():
    payload = request.get_json(force=True)
    email = payload["email"].strip().lower()
    password = payload["password"]
    club_code = payload["club_code"].strip().upper()

    if len(password) < MIN_PASSWORD_LENGTH:
        return jsonify(error="password too short"), 400
    if load_member(email) is not None:
        return jsonify(error="member already registered"), 409

    salt = os.urandom(16)
    db = get_db()
    db.execute(
        "INSERT INTO club_members (club_code, email, password_salt, password_hash) "
        "VALUES (?, ?, ?, ?)",
        (club_code, email, salt, hash_member_password(password, salt)),
    )
    db.commit()
    return jsonify(status="created", club_code=club_code), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    member = load_member(payload.get("email", ""))
    if member is None:
        return jsonify(error="invalid credentials"), 401

    candidate = hash_member_password(payload.get("password", ""), member.password_salt)
    if not hmac.compare_digest(candidate, member.password_hash):
        return jsonify(error="invalid credentials"), 401

    token = secrets.token_urlsafe(32)
    db = get_db()
    db.execute(
        "INSERT INTO member_sessions (member_id, token_sha256) VALUES (?, ?)",
        (member.member_id, hashlib.sha256(token.encode()).hexdigest()),
    )
    db.commit()
    return jsonify(token=token, club_code=member.club_code)
