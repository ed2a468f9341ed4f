"""Password hashing for online shop customers (retail and chapel accounts)."""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from tallow.config import settings


@dataclass(frozen=True)
class KdfSettings:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16


KDF = KdfSettings(iterations=max(settings.CUSTOMER_KDF_ITERATIONS, 600_000))


class CustomerPasswordService:
    prefix = "pbkdf2-sha256"

    def __init__(self, kdf: KdfSettings = KDF):
        self.kdf = kdf

    def _stretch(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.kdf.digest, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        salt = secrets.token_bytes(self.kdf.salt_len)
        key = self._stretch(password, salt, self.kdf.iterations)
        return "$".join([
            self.prefix,
            str(self.kdf.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(key).decode(),
        ])

    def verify(self, password: str, stored: str) -> bool:
        prefix, iterations, salt_b64, key_b64 = stored.split("$")
        if prefix != self.prefix:
            return False
        key = self._stretch(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(key, base64.b64decode(key_b64))

    def needs_upgrade(self, stored: str) -> bool:
        return int(stored.split("$")[1]) < self.kdf.iterations
