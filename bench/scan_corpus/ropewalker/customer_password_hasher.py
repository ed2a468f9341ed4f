"""Password hashing for trade customer logins, shared by the portal and the mobile API."""
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from ropewalker.config import settings


@dataclass(frozen=True)
class HasherSettings:
    digest: str = "sha256"
    iterations: int = field(default_factory=lambda: settings.PORTAL_PBKDF2_ITERATIONS or 720_000)
    salt_size: int = 16


class CustomerPasswordHasher:
    prefix = "pbkdf2_sha256"

    def __init__(self, config: HasherSettings | None = None):
        self.config = config or HasherSettings()

    def _pbkdf2(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.config.digest, password.encode(), salt, iterations)

    def hash(self, password: str) -> str:
        salt = secrets.token_bytes(self.config.salt_size)
        iterations = max(self.config.iterations, 600_000)
        derived = self._pbkdf2(password, salt, iterations)
        return f"{self.prefix}${iterations}${salt.hex()}${derived.hex()}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            prefix, iterations, salt_hex, hash_hex = encoded.split("$")
        except ValueError:
            return False
        if prefix != self.prefix:
            return False
        derived = self._pbkdf2(password, bytes.fromhex(salt_hex), int(iterations))
        return hmac.compare_digest(derived.hex(), hash_hex)

    def needs_rehash(self, encoded: str) -> bool:
        _, iterations, _, _ = encoded.split("$")
        return int(iterations) < self.config.iterations


default_hasher = CustomerPasswordHasher()
