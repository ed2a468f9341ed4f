"""Password storage for underground supervisors (deputies and overmen).

Supervisors sign statutory shift reports electronically, so their portal
password is stored as a salted PBKDF2 record in the personnel database.
"""
import base64
import hashlib
import hmac
import os
from typing import NamedTuple

from colliery.db import get_connection

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


class PasswordRecord(NamedTuple):
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode()
        digest = base64.b64encode(self.digest).decode()
        return f"{self.algorithm}${self.iterations}${salt}${digest}"

    @classmethod
    def decode(cls, value: str) -> "PasswordRecord":
        algorithm, iterations, salt, digest = value.split("$")
        return cls(algorithm, int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def derive(password: str, salt: bytes, iterations: int = ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_record(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    return PasswordRecord(ALGORITHM, ITERATIONS, salt, derive(password, salt)).encode()


def store_password(supervisor_id: int, password: str) -> None:
    with get_connection() as conn:
        conn.execute(
            "UPDATE supervisors SET password_record = ? WHERE id = ?",
            (make_record(password), supervisor_id),
        )


def verify_password(supervisor_id: int, password: str) -> bool:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT password_record FROM supervisors WHERE id = ?", (supervisor_id,)
        ).fetchone()
    if row is None:
        return False
    record = PasswordRecord.decode(row[0])
    candidate = derive(password, record.salt, record.iterations)
    return hmac.compare_digest(candidate, record.digest)
