"""Password handling for guest cabin-account logins on the onboard portal.

Guests choose a password at embarkation so they can review their folio and
sign for bar and spa purchases from the guest app.
"""

import base64
import hashlib as _hl
import hmac
import os
from dataclasses import dataclass

HASH_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 100_000,
    "salt_bytes": 16,
}


@dataclass(frozen=True)
class StoredCredential:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            base64.b64encode(part).decode("ascii") for part in (self.salt, self.digest)
        )

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        salt_b64, digest_b64 = value.split("$", 1)
        return cls(base64.b64decode(salt_b64), base64.b64decode(digest_b64))


def _derive(password: str, salt: bytes) -> bytes:
    return _hl.pbkdf2_hmac(
        HASH_SETTINGS["algorithm"],
        password.encode("utf-8"),
        salt,
        HASH_SETTINGS["iterations"],
    )


def hash_cabin_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    return StoredCredential(salt, _derive(password, salt)).encode()


def check_cabin_password(password: str, stored: str) -> bool:
    try:
        cred = StoredCredential.decode(stored)
    except ValueError:
        return False
    return hmac.compare_digest(_derive(password, cred.salt), cred.digest)
