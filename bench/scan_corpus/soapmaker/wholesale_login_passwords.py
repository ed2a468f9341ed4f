"""PBKDF2 password hashes for wholesale portal buyers, in Django's encoded format."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_chars: int = 22


POLICY = Pbkdf2Policy()


def make_password(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = secrets.token_urlsafe(policy.salt_chars)[: policy.salt_chars]
    dk = hashlib.pbkdf2_hmac(policy.digest, password.encode(), salt.encode(), policy.iterations)
    return f"pbkdf2_{policy.digest}${policy.iterations}${salt}${base64.b64encode(dk).decode()}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, b64 = encoded.split("$", 3)
    except ValueError:
        return False
    digest = algorithm.removeprefix("pbkdf2_")
    if digest not in {"sha256", "sha512"}:
        return False
    dk = hashlib.pbkdf2_hmac(digest, password.encode(), salt.encode(), int(iterations))
    return hmac.compare_digest(base64.b64encode(dk).decode(), b64)


def needs_upgrade(encoded: str, policy: Pbkdf2Policy = POLICY) -> bool:
    parts = encoded.split("$", 3)
    return len(parts) != 4 or int(parts[1]) < policy.iterations


class BuyerPasswords:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def verify_login(self, email: str, password: str) -> int | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, password FROM wholesale_buyers WHERE email = :e"),
                {"e": email.strip().lower()},
            ).first()
        if row is None or not check_password(password, row.password):
            return None
        if needs_upgrade(row.password):
            self.store(row.id, password)
        return row.id

    def store(self, buyer_id: int, password: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE wholesale_buyers SET password = :p WHERE id = :id"),
                {"p": make_password(password), "id": buyer_id},
            )
