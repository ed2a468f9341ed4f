"""Staff account management for the distillery back-office.

Warehouse, bottling-hall and tasting-room staff sign in to the inventory
console with these accounts. Hashes are stored in ``staff.password_hash`` as
``pbkdf2_<algo>$<iterations>$<salt>$<digest>``.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

HASH_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 120_000,
    "salt_bytes": 16,
}

ROLES = ("warehouse", "bottling", "tasting_room", "admin")


@dataclass
class StaffMember:
    staff_id: int
    email: str
    role: str


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    algo = HASH_SETTINGS["algorithm"]
    rounds = HASH_SETTINGS["iterations"]
    digest = hashlib.pbkdf2_hmac(algo, password.encode("utf-8"), salt, rounds)
    return f"pbkdf2_{algo}${rounds}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    scheme, rounds, salt_b64, digest_b64 = stored.split("$")
    algo = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(
        algo, password.encode("utf-8"), base64.b64decode(salt_b64), int(rounds)
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class StaffRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def create(self, email: str, password: str, role: str) -> StaffMember:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "INSERT INTO staff (email, role, password_hash) "
                    "VALUES (:email, :role, :pw) RETURNING id"
                ),
                {"email": email.lower(), "role": role, "pw": hash_password(password)},
            ).one()
        return StaffMember(row.id, email.lower(), role)

    def authenticate(self, email: str, password: str) -> StaffMember | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, email, role, password_hash FROM staff WHERE email = :e"),
                {"e": email.lower()},
            ).first()
        if row is None or not verify_password(password, row.password_hash):
            return None
        return StaffMember(row.id, row.email, row.role)
