"""Login and registration for the collectors' portal.

Collectors use the portal to follow restoration progress on their instruments,
approve quotes and download calibration certificates.
"""
import base64
import hashlib as hl
import hmac
import secrets

from flask import Blueprint, abort, jsonify, request, session

from .db import get_db

bp = Blueprint("collector_auth", __name__, url_prefix="/portal/auth")


class PortalSettings:
    KDF_ALGORITHM = "sha256"
    KDF_ROUNDS = 100_000
    SALT_BYTES = 16


def derive_key(password: str, salt: bytes, rounds: int = PortalSettings.KDF_ROUNDS) -> bytes:
    return hl.pbkdf2_hmac(PortalSettings.KDF_ALGORITHM, password.encode(), salt, rounds)


def encode_password(password: str) -> str:
    salt = secrets.token_bytes(PortalSettings.SALT_BYTES)
    key = derive_key(password, salt)
    return "$".join(
        ["pbkdf2", str(PortalSettings.KDF_ROUNDS), base64.b64encode(salt).decode(), base64.b64encode(key).decode()]
    )


def check_password(password: str, encoded: str) -> bool:
    _, rounds, salt_b64, key_b64 = encoded.split("$")
    candidate = derive_key(password, base64.b64decode(salt_b64), int(rounds))
    return hmac.compare_digest(candidate, base64.b64decode(key_b64))


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = payload["email"].strip().lower()
    db = get_db()
    if db.execute("SELECT 1 FROM collectors WHERE email = ?", (email,)).fetchone():
        abort(409)
    db.execute(
        "INSERT INTO collectors (email, display_name, password) VALUES (?, ?, ?)",
        (email, payload.get("display_name", ""), encode_password(payload["password"])),
    )
    db.commit()
    return jsonify({"email": email}), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    row = get_db().execute(
        "SELECT id, password FROM collectors WHERE email = ?", (payload["email"].strip().lower(),)
    ).fetchone()
    if row is None or not check_password(payload["password"], row["password"]):
        abort(401)
    session.clear()
    session["collector_id"] = row["id"]
    return jsonify({"ok": True})
