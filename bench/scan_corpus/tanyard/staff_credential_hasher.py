"""Password storage for back-office staff (pit foremen, lab technicians, sales).

Staff accounts live in the plant's own database rather than the buyer portal;
this module produces and checks the stored password records.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 650_000
SALT_LENGTH = 16
RECORD_PREFIX = "pbkdf2_sha256"


@dataclass(frozen=True)
class PasswordRecord:
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                RECORD_PREFIX,
                str(self.iterations),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )

    @classmethod
    def decode(cls, stored: str) -> "PasswordRecord":
        prefix, iterations, salt, digest = stored.split("$")
        if prefix != RECORD_PREFIX:
            raise ValueError("unrecognised password record")
        return cls(int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = os.urandom(SALT_LENGTH)
    record = PasswordRecord(PBKDF2_ITERATIONS, salt, _derive(password, salt, PBKDF2_ITERATIONS))
    return record.encode()


def check_password(password: str, stored: str) -> bool:
    record = PasswordRecord.decode(stored)
    candidate = _derive(password, record.salt, record.iterations)
    return hmac.compare_digest(candidate, record.digest)


def needs_upgrade(stored: str) -> bool:
    return PasswordRecord.decode(stored).iterations < PBKDF2_ITERATIONS
