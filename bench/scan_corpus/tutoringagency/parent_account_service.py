"""Parent account passwords for the booking portal (PBKDF2, Django-compatible format)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class Pbkdf2Policy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_chars: int = 22


POLICY = Pbkdf2Policy()


def encode_password(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = secrets.token_urlsafe(policy.salt_chars)[: policy.salt_chars]
    digest = hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt.encode("ascii"), policy.iterations
    )
    b64 = base64.b64encode(digest).decode("ascii")
    return f"pbkdf2_{policy.algorithm}${policy.iterations}${salt}${b64}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algo, iterations, salt, b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algo != f"pbkdf2_{POLICY.algorithm}":
        return False
    digest = hashlib.pbkdf2_hmac(
        POLICY.algorithm, password.encode("utf-8"), salt.encode("ascii"), int(iterations)
    )
    return hmac.compare_digest(base64.b64encode(digest).decode("ascii"), b64)


def needs_upgrade(encoded: str) -> bool:
    try:
        return int(encoded.split("$")[1]) < POLICY.iterations
    except (IndexError, ValueError):
        return True


class ParentAccountService:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def register(self, email: str, password: str, family_name: str) -> int:
        if len(password) < 10:
            raise ValueError("password too short")
        return self._conn.execute(
            text("INSERT INTO parents (email, family_name, password) VALUES (:e, :f, :p) RETURNING id"),
            {"e": email.strip().lower(), "f": family_name, "p": encode_password(password)},
        ).scalar_one()

    def login(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            text("SELECT id, password FROM parents WHERE email = :e"),
            {"e": email.strip().lower()},
        ).first()
        if row is None or not check_password(password, row.password):
            return None
        if needs_upgrade(row.password):
            self._conn.execute(
                text("UPDATE parents SET password = :p WHERE id = :id"),
                {"p": encode_password(password), "id": row.id},
            )
        return row.id
