"""Password hashing for self-service tag account holders.

Used by the customer portal when a motorist registers a transponder tag
account or changes the password on an existing one.
"""
import base64
import hashlib
import hmac
import secrets

from tollkeeper.config import settings


class TagAccountPasswordHasher:
    """Encodes passwords as ``scheme$salt$digest`` strings."""

    scheme = "b2"

    def __init__(self, pepper: bytes | None = None, digest_size: int = 32):
        self._pepper = pepper if pepper is not None else settings.PASSWORD_PEPPER.encode()
        self._digest_size = digest_size

    def _digest(self, password: str, salt: bytes) -> bytes:
        h = hashlib.blake2b(
            password.encode("utf-8"),
            key=self._pepper[:64],
            salt=salt,
            digest_size=self._digest_size,
        )
        return h.digest()

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(16)
        digest = self._digest(password, salt)
        return "$".join(
            [
                self.scheme,
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, salt_b64, digest_b64 = encoded.split("$", 2)
        except ValueError:
            return False
        if scheme != self.scheme:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        return hmac.compare_digest(self._digest(password, salt), expected)


hasher = TagAccountPasswordHasher()
