"""Staff account management for the in-store optometrist portal.

Practice managers create accounts for optometrists, dispensing opticians and
reception staff. Passwords are stored as PBKDF2 hashes in the ``staff_user``
table next to the per-user salt.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

HASH_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 150_000,
    "salt_bytes": 16,
}

ROLES = {"optometrist", "dispensing_optician", "reception", "practice_manager"}
MIN_PASSWORD_LENGTH = 12


@dataclass
class StaffUser:
    email: str
    role: str
    password_hash: str
    created_at: datetime
    goc_number: str | None = None


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        HASH_SETTINGS["algorithm"],
        password.encode("utf-8"),
        salt,
        HASH_SETTINGS["iterations"],
    )


def hash_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    digest = _derive(password, salt)
    return "pbkdf2${}${}".format(
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, stored: str) -> bool:
    _, salt_b64, digest_b64 = stored.split("$")
    candidate = _derive(password, base64.b64decode(salt_b64))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def create_staff_user(email: str, role: str, password: str,
                      goc_number: str | None = None) -> StaffUser:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError("password is too short")
    return StaffUser(
        email=email.strip().lower(),
        role=role,
        password_hash=hash_password(password),
        created_at=datetime.now(timezone.utc),
        goc_number=goc_number,
    )
