"""Credential storage for the client portal.

Firm staff sign in through the firm's SSO provider; external client users
sign in with an email address and password. Hashes are stored in
``portal_users.password_hash`` as ``pbkdf2_sha256$<iterations>$<salt>$<hash>``.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from .db import get_connection

ALGORITHM = "pbkdf2_sha256"
HASH_ITERATIONS = 150_000
SALT_BYTES = 16


@dataclass
class PortalUser:
    id: int
    email: str
    password_hash: str


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_password(raw_password: str, iterations: int = HASH_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", raw_password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def check_password(raw_password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    digest = hashlib.pbkdf2_hmac(
        "sha256", raw_password.encode("utf-8"), _unb64(salt), int(iterations)
    )
    return hmac.compare_digest(digest, _unb64(expected))


def set_portal_password(user_id: int, raw_password: str) -> None:
    with get_connection() as conn:
        conn.execute(
            "UPDATE portal_users SET password_hash = %s, password_changed_at = now() "
            "WHERE id = %s",
            (make_password(raw_password), user_id),
        )


def authenticate(email: str, raw_password: str) -> PortalUser | None:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT id, email, password_hash FROM portal_users WHERE lower(email) = lower(%s)",
            (email,),
        ).fetchone()
    if row is None:
        return None
    user = PortalUser(*row)
    return user if check_password(raw_password, user.password_hash) else None
