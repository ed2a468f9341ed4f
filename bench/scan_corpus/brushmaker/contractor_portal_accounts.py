"""Account registration and sign-in for the cleaning-contractor ordering portal."""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request, session

from brushworks.db import get_conn

bp = Blueprint("contractor_accounts", __name__, url_prefix="/portal/accounts")


@dataclass(frozen=True)
class HashingProfile:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


PROFILE = HashingProfile()


def encode_password(password: str, profile: HashingProfile = PROFILE) -> str:
    salt = secrets.token_bytes(profile.salt_bytes)
    dk = hashlib.pbkdf2_hmac(profile.algorithm, password.encode("utf-8"), salt, profile.iterations)
    parts = [profile.algorithm, str(profile.iterations), base64.b64encode(salt).decode(), base64.b64encode(dk).decode()]
    return "$".join(parts)


def check_password(password: str, encoded: str) -> bool:
    algorithm, iterations, salt_b64, dk_b64 = encoded.split("$")
    dk = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    if len(body.get("password", "")) < 12:
        abort(400, "password too short")
    with get_conn() as conn:
        conn.execute(
            "INSERT INTO contractor_users (email, company_id, password_hash) VALUES (%s, %s, %s)",
            (email, body["company_id"], encode_password(body["password"])),
        )
    return jsonify({"email": email}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    with get_conn() as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM contractor_users WHERE email = %s",
            (body["email"].strip().lower(),),
        ).fetchone()
    if row is None or not check_password(body["password"], row[1]):
        abort(401)
    session["contractor_user_id"] = row[0]
    return jsonify({"ok": True})
