"""Credential storage for season ticket holder accounts.

Holders sign in to the renewal portal with an email address and a password;
this module derives and checks the stored password hashes.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 27_500
    salt_bytes: int = 16
    dklen: int = 32


DEFAULT_POLICY = HashPolicy()


def _derive(password: str, salt: bytes, policy: HashPolicy) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations, policy.dklen
    )


def encode_password(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy)
    return "$".join(
        [
            f"pbkdf2-{policy.algorithm}",
            str(policy.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    algorithm = scheme.split("-", 1)[1]
    expected = base64.b64decode(digest_b64)
    policy = HashPolicy(algorithm=algorithm, iterations=int(iterations), dklen=len(expected))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, expected)


class HolderCredentialStore:
    """Thin wrapper over the holders table used by the renewal portal."""

    def __init__(self, db) -> None:
        self._db = db

    def set_password(self, holder_id: int, password: str) -> None:
        self._db.execute(
            "UPDATE season_ticket_holders SET password_hash = %s WHERE id = %s",
            (encode_password(password), holder_id),
        )

    def verify(self, email: str, password: str) -> bool:
        row = self._db.fetchone(
            "SELECT password_hash FROM season_ticket_holders WHERE email = %s",
            (email.strip().lower(),),
        )
        return bool(row) and check_password(password, row[0])
