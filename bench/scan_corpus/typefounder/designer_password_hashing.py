"""Password derivation for designer accounts, shared by the web app and the CLI."""

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

PASSWORD_SCHEME = "pbkdf2_sha256"


@dataclass(frozen=True)
class DerivationSettings:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_bytes: int = 16


DEFAULT_SETTINGS = DerivationSettings()


class DesignerPasswordHasher:
    def __init__(self, settings: DerivationSettings = DEFAULT_SETTINGS):
        self.settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.settings.digest, password.encode("utf-8"), salt, iterations)

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.settings.salt_bytes)
        key = self._derive(password, salt, self.settings.iterations)
        return "$".join(
            [
                PASSWORD_SCHEME,
                str(self.settings.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(key).decode(),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, key_b64 = encoded.split("$", 3)
        except ValueError:
            return False
        if scheme != PASSWORD_SCHEME:
            return False
        key = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(key, base64.b64decode(key_b64))

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$", 3)
        return len(parts) != 4 or int(parts[1]) < self.settings.iterations
