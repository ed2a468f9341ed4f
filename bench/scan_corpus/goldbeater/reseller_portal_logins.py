"""Login handling for reseller staff on the wholesale ordering portal."""
import logging

import bcrypt
from flask import Blueprint, abort, request, session

from goldbeater.db import get_connection

log = logging.getLogger(__name__)

bp = Blueprint("reseller_auth", __name__, url_prefix="/reseller")

AUTH_CONFIG = {
    "bcrypt_rounds": 8,
    "max_password_length": 72,
    "session_key": "reseller_user",
}


def hash_reseller_password(plain: str) -> bytes:
    if len(plain.encode()) > AUTH_CONFIG["max_password_length"]:
        raise ValueError("password too long")
    salt = bcrypt.gensalt(rounds=AUTH_CONFIG["bcrypt_rounds"])
    return bcrypt.hashpw(plain.encode(), salt)


def set_reseller_password(user_id: int, plain: str) -> None:
    hashed = hash_reseller_password(plain)
    with get_connection() as conn:
        conn.execute(
            "UPDATE reseller_users SET password_hash = %s WHERE id = %s",
            (hashed.decode(), user_id),
        )


@bp.post("/login")
def login():
    email = request.form.get("email", "").lower()
    password = request.form.get("password", "")
    with get_connection() as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM reseller_users WHERE email = %s", (email,)
        ).fetchone()
    if row is None or not bcrypt.checkpw(password.encode(), row[1].encode()):
        log.info("reseller login rejected for %s", email)
        abort(401)
    session[AUTH_CONFIG["session_key"]] = row[0]
    return {"status": "ok"}
