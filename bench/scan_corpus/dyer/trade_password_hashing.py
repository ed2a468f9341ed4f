"""Password hashing for trade portal buyer accounts.

Wraps the ``cryptography`` key-derivation primitives so that the rest of
the portal only deals with an opaque encoded string.
"""
import base64
import os

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from dyer.settings import PORTAL_SETTINGS


class BuyerPasswordHasher:
    scheme = "pbkdf2-sha256"
    iterations = 720_000
    salt_length = 16
    key_length = 32

    def _kdf(self, salt: bytes, iterations: int) -> PBKDF2HMAC:
        return PBKDF2HMAC(
            algorithm=hashes.SHA256(),
            length=self.key_length,
            salt=salt,
            iterations=iterations,
        )

    def hash(self, password: str) -> str:
        if len(password) < PORTAL_SETTINGS["min_password_length"]:
            raise ValueError("password too short")
        salt = os.urandom(self.salt_length)
        key = self._kdf(salt, self.iterations).derive(password.encode("utf-8"))
        return "{}${}${}${}".format(
            self.scheme,
            self.iterations,
            base64.urlsafe_b64encode(salt).decode(),
            base64.urlsafe_b64encode(key).decode(),
        )

    def verify(self, password: str, encoded: str) -> bool:
        scheme, iterations, salt_b64, key_b64 = encoded.split("$")
        if scheme != self.scheme:
            return False
        kdf = self._kdf(base64.urlsafe_b64decode(salt_b64), int(iterations))
        try:
            kdf.verify(password.encode("utf-8"), base64.urlsafe_b64decode(key_b64))
        except InvalidKey:
            return False
        return True

    def needs_update(self, encoded: str) -> bool:
        return int(encoded.split("$")[1]) < self.iterations


hasher = BuyerPasswordHasher()
