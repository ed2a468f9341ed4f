"""Account storage for freelance workshop facilitators.

Facilitators log in to see their upcoming community sessions, the tile
kits allocated to each session and the attendance sheets.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from studio.db import get_connection


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


POLICY = HashingPolicy()


def _derive(password: str, salt: bytes, policy: HashingPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


def encode_password(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return "pbkdf2_{}${}${}${}".format(
        POLICY.algorithm,
        POLICY.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    policy = HashingPolicy(algorithm=scheme.split("_", 1)[1], iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def register_facilitator(email: str, full_name: str, password: str) -> int:
    with get_connection() as conn:
        cur = conn.execute(
            "INSERT INTO facilitators (email, full_name, password_hash) VALUES (?, ?, ?)",
            (email.lower(), full_name, encode_password(password)),
        )
        return cur.lastrowid


def authenticate(email: str, password: str) -> bool:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT password_hash FROM facilitators WHERE email = ?", (email.lower(),)
        ).fetchone()
    if row is None:
        return False
    return verify_password(password, row[0])
