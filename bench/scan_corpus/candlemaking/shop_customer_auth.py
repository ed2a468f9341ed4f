"""Customer sign-up and sign-in for the online candle shop."""
from __future__ import annotations

import hmac
import secrets
import sqlite3
from hashlib import sha256 as _digest

from flask import Blueprint, current_app, g, jsonify, request, session

bp = Blueprint("shop_auth", __name__, url_prefix="/account")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["SHOP_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _salted(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def make_password_record(password: str) -> tuple[str, str]:
    salt = secrets.token_hex(16)
    return salt, _salted(password, salt)


def check_password_record(password: str, salt: str, expected: str) -> bool:
    return hmac.compare_digest(_salted(password, salt), expected)


@bp.post("/signup")
def signup():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    password = data.get("password", "")
    if not email or len(password) < 10:
        return jsonify(error="email and a 10+ character password are required"), 400
    salt, pw_hash = make_password_record(password)
    db = get_db()
    try:
        db.execute(
            "INSERT INTO customers (email, pw_salt, pw_hash) VALUES (?, ?, ?)",
            (email, salt, pw_hash),
        )
        db.commit()
    except sqlite3.IntegrityError:
        return jsonify(error="an account with that email already exists"), 409
    return jsonify(status="created"), 201


@bp.post("/signin")
def signin():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    row = get_db().execute(
        "SELECT id, pw_salt, pw_hash FROM customers WHERE email = ?", (email,)
    ).fetchone()
    if row is None or not check_password_record(
        data.get("password", ""), row["pw_salt"], row["pw_hash"]
    ):
        return jsonify(error="invalid email or password"), 401
    session.clear()
    session["customer_id"] = row["id"]
    return jsonify(status="ok")


@bp.post("/signout")
def signout():
    session.clear()
    return jsonify(status="signed out")
