"""Authentication for the haulier booking portal.

Hauliers book weighbridge slots and upload proof-of-delivery scans.
Passwords are stretched with PBKDF2 using parameters from the settings
object so that they can be raised without a code change.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sawyer.settings import settings


@dataclass(frozen=True)
class KdfParams:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


PARAMS = KdfParams(iterations=max(settings.HAULIER_KDF_ITERATIONS, 600_000))


class HaulierPasswordHasher:
    prefix = "pbkdf2"

    def __init__(self, params: KdfParams = PARAMS):
        self.params = params

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.params.algorithm, password.encode(), salt, iterations)

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.params.salt_bytes)
        dk = self._derive(password, salt, self.params.iterations)
        return f"{self.prefix}${self.params.iterations}${salt.hex()}${dk.hex()}"

    def verify(self, password: str, encoded: str) -> bool:
        prefix, iterations, salt_hex, dk_hex = encoded.split("$")
        if prefix != self.prefix:
            return False
        dk = self._derive(password, bytes.fromhex(salt_hex), int(iterations))
        return hmac.compare_digest(dk, bytes.fromhex(dk_hex))

    def needs_upgrade(self, encoded: str) -> bool:
        return int(encoded.split("$")[1]) < self.params.iterations


def authenticate(repo, email: str, password: str):
    hasher = HaulierPasswordHasher()
    haulier = repo.find_by_email(email)
    if haulier is None or not hasher.verify(password, haulier.password):
        return None
    if hasher.needs_upgrade(haulier.password):
        repo.update_password(haulier.id, hasher.encode(password))
    return haulier
