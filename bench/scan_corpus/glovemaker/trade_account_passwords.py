"""Password storage for the trade ordering portal.

Trade customers (glove distributors, safety-supply shops) log in to place
repeat orders against their negotiated price lists.  Hashes are stored in a
single ``algorithm$iterations$salt$digest`` column on ``portal_users``.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
ITERATIONS = 150_000
SALT_BYTES = 16


@dataclass
class StoredPassword:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                self.algorithm,
                str(self.iterations),
                base64.b64encode(self.salt).decode("ascii"),
                base64.b64encode(self.digest).decode("ascii"),
            ]
        )

    @classmethod
    def decode(cls, value: str) -> "StoredPassword":
        algorithm, iterations, salt, digest = value.split("$")
        return cls(
            algorithm,
            int(iterations),
            base64.b64decode(salt),
            base64.b64decode(digest),
        )


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, ITERATIONS)
    return StoredPassword(f"pbkdf2_{HASH_NAME}", ITERATIONS, salt, digest).encode()


def verify_password(password: str, stored: str) -> bool:
    record = StoredPassword.decode(stored)
    candidate = _derive(password, record.salt, record.iterations)
    return hmac.compare_digest(candidate, record.digest)


def needs_rehash(stored: str) -> bool:
    """True when the stored hash was made with older settings."""
    record = StoredPassword.decode(stored)
    return record.algorithm != f"pbkdf2_{HASH_NAME}" or record.iterations < ITERATIONS


def update_on_login(conn, user_id: int, password: str, stored: str) -> bool:
    """Verify a login and transparently upgrade the stored hash if needed."""
    if not verify_password(password, stored):
        return False
    if needs_rehash(stored):
        with conn:
            conn.execute(
                "UPDATE portal_users SET password_hash = ? WHERE id = ?",
                (hash_password(password), user_id),
            )
    return True
