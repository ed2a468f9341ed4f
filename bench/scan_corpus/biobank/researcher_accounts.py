"""Local accounts for external researchers using the data-access portal.

Most researchers sign in through their institution's IdP; this module covers
the handful of collaborators who need a local username and password.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 120_000,
    "salt_bytes": 16,
}


@dataclass
class StoredCredential:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                "pbkdf2",
                str(HASH_SETTINGS["iterations"]),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        _, _, salt_b64, digest_b64 = value.split("$")
        return cls(base64.b64decode(salt_b64), base64.b64decode(digest_b64))


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        HASH_SETTINGS["algorithm"],
        password.encode("utf-8"),
        salt,
        HASH_SETTINGS["iterations"],
    )


def hash_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    return StoredCredential(salt, _derive(password, salt)).encode()


def verify_password(password: str, stored: str) -> bool:
    cred = StoredCredential.decode(stored)
    return hmac.compare_digest(_derive(password, cred.salt), cred.digest)
