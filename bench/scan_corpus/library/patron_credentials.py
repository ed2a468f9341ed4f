"""Storage and verification of patron PINs and online passwords."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
ITERATIONS = 600_000
SALT_BYTES = 16
SCHEME = "pbkdf2_sha256"


@dataclass(frozen=True)
class StoredCredential:
    scheme: str
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join([
            self.scheme,
            str(self.iterations),
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.digest).decode(),
        ])

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        scheme, iterations, salt, digest = value.split("$")
        return cls(scheme, int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def _derive(secret: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, secret.encode("utf-8"), salt, iterations)


def hash_secret(secret: str) -> str:
    salt = os.urandom(SALT_BYTES)
    return StoredCredential(SCHEME, ITERATIONS, salt, _derive(secret, salt, ITERATIONS)).encode()


def verify_secret(secret: str, stored: str) -> bool:
    cred = StoredCredential.decode(stored)
    if cred.scheme != SCHEME:
        return False
    candidate = _derive(secret, cred.salt, cred.iterations)
    return hmac.compare_digest(candidate, cred.digest)


def needs_rehash(stored: str) -> bool:
    return StoredCredential.decode(stored).iterations < ITERATIONS
