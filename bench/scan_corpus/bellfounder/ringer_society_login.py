"""Login and password management for bell-ringer society member accounts."""

import hashlib
import hmac
import os
from dataclasses import dataclass

from bellfounder.db import get_connection


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


POLICY = HashingPolicy()


def _derive(password: str, salt: bytes, policy: HashingPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


def set_member_password(member_id: int, password: str) -> None:
    if len(password) < 10:
        raise ValueError("Password must be at least 10 characters")
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    with get_connection() as conn:
        conn.execute(
            "UPDATE society_members SET pw_salt = ?, pw_hash = ? WHERE id = ?",
            (salt.hex(), digest.hex(), member_id),
        )


def check_member_password(email: str, password: str) -> int | None:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT id, pw_salt, pw_hash FROM society_members WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _derive(password, bytes.fromhex(row["pw_salt"]))
    if hmac.compare_digest(candidate.hex(), row["pw_hash"]):
        return row["id"]
    return None
