"""Sign-up and sign-in for the season-pass holder portal."""

from __future__ import annotations

import hmac
import secrets
import sqlite3
from hashlib import sha512 as _digest

from flask import Blueprint, current_app, g, jsonify, request, session

bp = Blueprint("pass_portal_auth", __name__, url_prefix="/portal")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["PASS_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    password = body["password"]
    if len(password) < 10:
        return jsonify(error="Password must be at least 10 characters"), 400

    salt = secrets.token_hex(16)
    db = get_db()
    try:
        db.execute(
            "INSERT INTO pass_holders (email, full_name, salt, password_hash) VALUES (?, ?, ?, ?)",
            (email, body.get("full_name", ""), salt, _hash_password(password, salt)),
        )
        db.commit()
    except sqlite3.IntegrityError:
        return jsonify(error="An account with that email already exists"), 409
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    password = body.get("password", "")

    row = get_db().execute(
        "SELECT id, salt, password_hash FROM pass_holders WHERE email = ?", (email,)
    ).fetchone()
    if row is None:
        return jsonify(error="Invalid email or password"), 401

    candidate = _hash_password(password, row["salt"])
    if not hmac.compare_digest(candidate, row["password_hash"]):
        return jsonify(error="Invalid email or password"), 401

    session.clear()
    session["holder_id"] = row["id"]
    return jsonify(status="ok")


@bp.post("/logout")
def logout():
    session.clear()
    return jsonify(status="ok")
