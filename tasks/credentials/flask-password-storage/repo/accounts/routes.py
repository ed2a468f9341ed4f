"""HTTP endpoints: health, register, login."""
import sqlite3

from flask import Blueprint, current_app, jsonify, request

from accounts import passwords
from accounts.db import get_db

bp = Blueprint("accounts", __name__)


def _credentials():
    """(email, password) from the JSON body, or an error response."""
    data = request.get_json(silent=True) or {}
    email = str(data.get("email", "")).strip().lower()
    password = data.get("password")
    if "@" not in email or not isinstance(password, str) or not password:
        return None, (jsonify(error="email and password are required"), 400)
    return (email, password), None


@bp.get("/health")
def health():
    return jsonify(status="ok")


@bp.post("/register")
def register():
    creds, error = _credentials()
    if error:
        return error
    email, password = creds
    if len(password) < current_app.config["MIN_PASSWORD_LENGTH"]:
        return jsonify(error="password is too short"), 400
    db = get_db()
    try:
        cur = db.execute(
            "INSERT INTO users (email, password_hash) VALUES (?, ?)",
            (email, passwords.hash_password(password)),
        )
        db.commit()
    except sqlite3.IntegrityError:
        return jsonify(error="an account with this email already exists"), 409
    return jsonify(id=cur.lastrowid, email=email), 201


@bp.post("/login")
def login():
    creds, error = _credentials()
    if error:
        return error
    email, password = creds
    row = get_db().execute(
        "SELECT id, email, password_hash FROM users WHERE email = ?", (email,)
    ).fetchone()
    if row is None or not passwords.verify_password(password, row["password_hash"]):
        return jsonify(error="wrong email or password"), 401
    return jsonify(id=row["id"], email=row["email"])
