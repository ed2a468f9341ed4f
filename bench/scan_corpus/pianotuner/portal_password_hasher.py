"""Password hashing for customer portal logins, driven by a settings object."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HasherSettings:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_bytes: int = 16
    prefix: str = "pbkdf2_sha256"


HASHER = HasherSettings()


class PortalPasswordHasher:
    def __init__(self, cfg: HasherSettings = HASHER):
        self.cfg = cfg

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.cfg.digest, password.encode("utf-8"), salt, iterations)

    def encode(self, password: str) -> str:
        salt = os.urandom(self.cfg.salt_bytes)
        dk = self._derive(password, salt, self.cfg.iterations)
        return "$".join(
            [
                self.cfg.prefix,
                str(self.cfg.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(dk).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        prefix, iterations, salt_b64, dk_b64 = encoded.split("$", 3)
        if prefix != self.cfg.prefix:
            return False
        dk = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))

    def needs_rehash(self, encoded: str) -> bool:
        _, iterations, _, _ = encoded.split("$", 3)
        return int(iterations) < self.cfg.iterations


def upgrade_on_login(account, raw_password: str, hasher: PortalPasswordHasher = None) -> bool:
    hasher = hasher or PortalPasswordHasher()
    if not hasher.verify(raw_password, account.password_hash):
        return False
    if hasher.needs_rehash(account.password_hash):
        account.password_hash = hasher.encode(raw_password)
        account.save(update_fields=["password_hash"])
    return True
