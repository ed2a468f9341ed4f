"""Password storage for the employee self-service portal.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so the
format stays readable by the old portal during the migration window.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

HASH_ALGORITHM = "sha256"
SALT_BYTES = 16
PBKDF2_ITERATIONS = 120_000


@dataclass(frozen=True)
class StoredPassword:
    iterations: int
    salt: str
    digest: str

    def serialize(self) -> str:
        return f"pbkdf2_{HASH_ALGORITHM}${self.iterations}${self.salt}${self.digest}"

    @classmethod
    def parse(cls, encoded: str) -> "StoredPassword":
        scheme, iterations, salt, digest = encoded.split("$", 3)
        if scheme != f"pbkdf2_{HASH_ALGORITHM}":
            raise ValueError(f"unsupported hash scheme {scheme!r}")
        return cls(int(iterations), salt, digest)


def _derive(password: str, salt: str, iterations: int) -> str:
    raw = hashlib.pbkdf2_hmac(
        HASH_ALGORITHM, password.encode("utf-8"), salt.encode("ascii"), iterations
    )
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str) -> str:
    salt = secrets.token_hex(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ITERATIONS)
    return StoredPassword(PBKDF2_ITERATIONS, salt, digest).serialize()


def verify_password(password: str, encoded: str) -> bool:
    stored = StoredPassword.parse(encoded)
    candidate = _derive(password, stored.salt, stored.iterations)
    return hmac.compare_digest(candidate, stored.digest)


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash was produced with an older work factor."""
    return StoredPassword.parse(encoded).iterations < PBKDF2_ITERATIONS
