"""Password hashing for office and workshop staff accounts (self-hosted admin tool)."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfSettings:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_len: int = 16
    key_len: int = 32


DEFAULT_KDF = KdfSettings()


class StaffPasswordStore:
    """Encodes hashes as ``pbkdf2_sha256$iterations$salt$hash`` strings."""

    def __init__(self, kdf: KdfSettings = DEFAULT_KDF):
        self.kdf = kdf

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.kdf.digest, password.encode("utf-8"), salt, iterations, self.kdf.key_len
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self.kdf.salt_len)
        derived = self._derive(password, salt, self.kdf.iterations)
        return "$".join(
            [
                f"pbkdf2_{self.kdf.digest}",
                str(self.kdf.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(derived).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            algo, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        if algo != f"pbkdf2_{self.kdf.digest}":
            return False
        derived = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(derived, base64.b64decode(hash_b64))

    def needs_upgrade(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 4 or int(parts[1]) < self.kdf.iterations
