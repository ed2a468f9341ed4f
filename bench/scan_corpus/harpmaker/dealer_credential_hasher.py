"""Password hashing for dealer-portal logins, kept compatible with the old PHP shop export."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    key_bytes: int = 32


POLICY = Pbkdf2Policy()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text_value: str) -> bytes:
    return base64.b64decode(text_value + "=" * (-len(text_value) % 4))


def encode_password(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    dk = hashlib.pbkdf2_hmac(
        policy.digest, password.encode("utf-8"), salt, policy.iterations, policy.key_bytes
    )
    return f"pbkdf2-{policy.digest}${policy.iterations}${_b64(salt)}${_b64(dk)}"


def check_password(password: str, encoded: str) -> tuple[bool, bool]:
    """Return (matches, needs_upgrade)."""
    scheme, iterations, salt, expected = encoded.split("$")
    digest = scheme.split("-", 1)[1]
    want = _unb64(expected)
    dk = hashlib.pbkdf2_hmac(
        digest, password.encode("utf-8"), _unb64(salt), int(iterations), len(want)
    )
    matches = hmac.compare_digest(dk, want)
    return matches, matches and int(iterations) < POLICY.iterations


class DealerLogin:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def verify(self, login: str, password: str) -> int | None:
        with self.engine.begin() as conn:
            row = conn.execute(
                text("SELECT dealer_id, password_hash FROM dealer_logins WHERE login = :login"),
                {"login": login},
            ).first()
            if row is None:
                return None
            ok, upgrade = check_password(password, row.password_hash)
            if not ok:
                return None
            if upgrade:
                conn.execute(
                    text("UPDATE dealer_logins SET password_hash = :h WHERE dealer_id = :d"),
                    {"h": encode_password(password), "d": row.dealer_id},
                )
            return row.dealer_id
