"""Password hashing for pet-owner portal accounts."""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_LENGTH = 16


@dataclass(frozen=True)
class PasswordRecord:
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "pbkdf2_sha256${}${}${}".format(
            self.iterations,
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.digest).decode(),
        )

    @classmethod
    def decode(cls, value: str) -> "PasswordRecord":
        _, iterations, salt, digest = value.split("$")
        return cls(int(iterations), base64.b64decode(salt), base64.b64decode(digest))


class OwnerPasswordHasher:
    """PBKDF2-HMAC-SHA256 hasher; stored records carry their own iteration count."""

    def __init__(self, iterations: int = PBKDF2_ITERATIONS):
        self.iterations = max(iterations, PBKDF2_ITERATIONS)

    @staticmethod
    def _derive(password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        salt = secrets.token_bytes(SALT_LENGTH)
        digest = self._derive(password, salt, self.iterations)
        return PasswordRecord(self.iterations, salt, digest).encode()

    def verify(self, password: str, encoded: str) -> bool:
        record = PasswordRecord.decode(encoded)
        candidate = self._derive(password, record.salt, record.iterations)
        return hmac.compare_digest(candidate, record.digest)

    def needs_rehash(self, encoded: str) -> bool:
        return PasswordRecord.decode(encoded).iterations < self.iterations
