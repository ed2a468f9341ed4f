"""Password hashing for reception and till staff accounts.

Hashes are stored as ``pbkdf2_<alg>$<iterations>$<salt b64>$<digest b64>`` so
the work factor can be raised later and old hashes upgraded on next login.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Policy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


POLICY = Pbkdf2Policy()


class StaffPasswordHasher:
    def __init__(self, policy: Pbkdf2Policy = POLICY) -> None:
        self.policy = policy

    @staticmethod
    def _derive(password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        salt = os.urandom(self.policy.salt_bytes)
        digest = self._derive(password, salt, self.policy.algorithm, self.policy.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.policy.algorithm,
            self.policy.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        algorithm = scheme.removeprefix("pbkdf2_")
        candidate = self._derive(password, base64.b64decode(salt_b64), algorithm, int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def needs_rehash(self, encoded: str) -> bool:
        scheme, iterations, _, _ = encoded.split("$")
        return (
            scheme != f"pbkdf2_{self.policy.algorithm}"
            or int(iterations) < self.policy.iterations
        )


def login(conn, username: str, password: str, hasher: StaffPasswordHasher | None = None) -> bool:
    hasher = hasher or StaffPasswordHasher()
    row = conn.execute(
        "SELECT password_hash FROM staff_accounts WHERE username = ? AND active = 1", (username,)
    ).fetchone()
    if row is None or not hasher.verify(password, row[0]):
        return False
    if hasher.needs_rehash(row[0]):
        conn.execute(
            "UPDATE staff_accounts SET password_hash = ? WHERE username = ?",
            (hasher.hash(password), username),
        )
        conn.commit()
    return True
