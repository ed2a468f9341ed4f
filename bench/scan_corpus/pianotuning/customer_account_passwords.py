"""Password storage for customer accounts on the online booking portal."""
import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, current_app, jsonify, request, session

from .db import get_conn

log = logging.getLogger(__name__)
bp = Blueprint("accounts", __name__, url_prefix="/account")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored_hash: str, password: str) -> tuple[bool, str | None]:
    try:
        _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False, None
    if _hasher.check_needs_rehash(stored_hash):
        return True, _hasher.hash(password)
    return True, None


@bp.post("/signup")
def signup():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    password = data.get("password", "")
    if "@" not in email or len(password) < current_app.config.get("MIN_PASSWORD_LENGTH", 10):
        return jsonify(error="invalid email or password"), 400
    with get_conn() as conn:
        conn.execute(
            "INSERT INTO customers (email, password_hash) VALUES (%s, %s) "
            "ON CONFLICT (email) DO NOTHING",
            (email, hash_password(password)),
        )
    return jsonify(status="created"), 201


@bp.post("/signin")
def signin():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    with get_conn() as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM customers WHERE email = %s", (email,)
        ).fetchone()
        if row is None:
            return jsonify(error="invalid credentials"), 401
        ok, new_hash = check_password(row[1], data.get("password", ""))
        if not ok:
            log.info("failed sign-in for %s", email)
            return jsonify(error="invalid credentials"), 401
        if new_hash:
            conn.execute(
                "UPDATE customers SET password_hash = %s WHERE id = %s", (new_hash, row[0])
            )
    session.clear()
    session["customer_id"] = row[0]
    return jsonify(status="ok")
