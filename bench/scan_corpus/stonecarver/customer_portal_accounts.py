"""Customer portal accounts for families tracking memorial orders."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from stonecarver.db import get_connection


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


POLICY = HashingPolicy()


def _derive(password: str, salt: bytes, policy: HashingPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2_{POLICY.algorithm}",
            str(POLICY.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    policy = HashingPolicy(algorithm=scheme.split("_", 1)[1], iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def register_family_contact(email: str, full_name: str, password: str) -> int:
    with get_connection() as conn:
        cur = conn.execute(
            "INSERT INTO portal_accounts (email, full_name, password_hash) VALUES (?, ?, ?)",
            (email.lower(), full_name, encode_password(password)),
        )
        return cur.lastrowid


def change_password(account_id: int, current: str, new: str) -> bool:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT password_hash FROM portal_accounts WHERE id = ?", (account_id,)
        ).fetchone()
        if row is None or not verify_password(current, row[0]):
            return False
        conn.execute(
            "UPDATE portal_accounts SET password_hash = ? WHERE id = ?",
            (encode_password(new), account_id),
        )
        return True
