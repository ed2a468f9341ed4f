"""Sign-in for swarm collection volunteers.

Volunteers log in from their phones to accept swarm call-outs near them.
Passwords are stored as PBKDF2-SHA256 with per-user salts.
"""
import hashlib
import hmac
import os

from flask import Blueprint, abort, request, session

from swarms.db import get_db

bp = Blueprint("volunteer_auth", __name__)

KDF_CONFIG = {
    "hash_name": "sha256",
    "iterations": 600_000,
    "salt_len": 16,
}


def hash_volunteer_password(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt or os.urandom(KDF_CONFIG["salt_len"])
    key = hashlib.pbkdf2_hmac(
        KDF_CONFIG["hash_name"], password.encode("utf-8"), salt, KDF_CONFIG["iterations"]
    )
    return salt, key


def create_volunteer(name: str, phone: str, password: str) -> int:
    salt, key = hash_volunteer_password(password)
    db = get_db()
    cur = db.execute(
        "INSERT INTO volunteers (name, phone, pw_salt, pw_key) VALUES (?, ?, ?, ?)",
        (name, phone, salt, key),
    )
    db.commit()
    return cur.lastrowid


@bp.post("/volunteer/login")
def login():
    phone = request.form.get("phone", "").strip()
    password = request.form.get("password", "")
    row = get_db().execute(
        "SELECT id, pw_salt, pw_key FROM volunteers WHERE phone = ? AND active = 1",
        (phone,),
    ).fetchone()
    if row is None:
        abort(401)
    _, candidate = hash_volunteer_password(password, row["pw_salt"])
    if not hmac.compare_digest(candidate, row["pw_key"]):
        abort(401)
    session.clear()
    session["volunteer_id"] = row["id"]
    return {"ok": True}
