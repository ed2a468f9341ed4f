"""Member sign-up and login for the archery club portal."""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request, session

bp = Blueprint("club_members", __name__, url_prefix="/club")


@dataclass
class MemberRecord:
    member_id: int
    email: str
    salt: str
    password_hash: str


def _db():
    return sqlite3.connect(current_app.config["CLUB_DB_PATH"])


def _digest(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


def _load_member(conn, email):
    row = conn.execute(
        "SELECT id, email, salt, password_hash FROM members WHERE email = ?",
        (email,),
    ).fetchone()
    return MemberRecord(*row) if row else None


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    if len(body.get("password", "")) < 10:
        return jsonify({"error": "password must be at least 10 characters"}), 400
    salt = os.urandom(16).hex()
    with _db() as conn:
        if _load_member(conn, email):
            return jsonify({"error": "already registered"}), 409
        conn.execute(
            "INSERT INTO members (email, salt, password_hash, club_code) VALUES (?, ?, ?, ?)",
            (email, salt, _digest(body["password"], salt), body.get("club_code")),
        )
    return jsonify({"status": "registered", "email": email}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    with _db() as conn:
        member = _load_member(conn, body["email"].strip().lower())
    if member is None:
        return jsonify({"error": "invalid credentials"}), 401
    candidate = _digest(body["password"], member.salt)
    if not hmac.compare_digest(candidate, member.password_hash):
        return jsonify({"error": "invalid credentials"}), 401
    session.clear()
    session["member_id"] = member.member_id
    return jsonify({"status": "ok"})
