"""Password handling for the wholesale customer portal.

Cloth merchants and tailoring houses log in to follow their piece orders
through fulling, raising and pressing.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    min_length: int = 10


PORTAL_HASHING = HashSettings()


class PortalPasswordService:
    """Produces and checks ``pbkdf2_<alg>$<iter>$<salt>$<hash>`` strings."""

    def __init__(self, settings: HashSettings = PORTAL_HASHING):
        self.settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def hash(self, password: str) -> str:
        if len(password) < self.settings.min_length:
            raise ValueError("password too short")
        salt = secrets.token_bytes(self.settings.salt_bytes)
        derived = self._derive(password, salt, self.settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(derived).decode("ascii"),
        )

    def verify(self, password: str, stored: str) -> bool:
        try:
            scheme, iterations, salt_b64, hash_b64 = stored.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self.settings.algorithm}":
            return False
        derived = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(derived, base64.b64decode(hash_b64))


def reset_buyer_password(accounts, buyer_email: str, new_password: str) -> None:
    """Called from the portal's reset form once the emailed code has been accepted."""
    service = PortalPasswordService()
    accounts.update_password_hash(buyer_email, service.hash(new_password))
