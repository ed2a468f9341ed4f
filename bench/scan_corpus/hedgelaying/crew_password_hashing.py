"""Password hashing for the crew timesheet app.

Kept in one module so the kiosk, the phone app and the office admin
screens all hash and check crew passwords the same way.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Policy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    dklen: int = 32


CURRENT_POLICY = Pbkdf2Policy()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


class CrewPasswordHasher:
    def __init__(self, policy: Pbkdf2Policy = CURRENT_POLICY) -> None:
        self.policy = policy

    def hash(self, password: str) -> str:
        salt = secrets.token_bytes(self.policy.salt_bytes)
        dk = hashlib.pbkdf2_hmac(
            self.policy.algorithm,
            password.encode("utf-8"),
            salt,
            self.policy.iterations,
            self.policy.dklen,
        )
        return f"pbkdf2_{self.policy.algorithm}${self.policy.iterations}${_b64(salt)}${_b64(dk)}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt, expected = encoded.split("$", 3)
        except ValueError:
            return False
        algorithm = scheme.removeprefix("pbkdf2_")
        expected_bytes = _unb64(expected)
        dk = hashlib.pbkdf2_hmac(
            algorithm, password.encode("utf-8"), _unb64(salt), int(iterations), len(expected_bytes)
        )
        return hmac.compare_digest(dk, expected_bytes)

    def needs_rehash(self, encoded: str) -> bool:
        scheme, iterations, _rest = encoded.split("$", 2)
        return (
            scheme != f"pbkdf2_{self.policy.algorithm}"
            or int(iterations) < self.policy.iterations
        )


hasher = CrewPasswordHasher()
