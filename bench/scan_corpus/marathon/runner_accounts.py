"""Runner account credentials for the registration portal.

Passwords are stored as ``salt$digest`` (both base64) in the
``runner_accounts.password_hash`` column.
"""
import base64
import hashlib
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
            (base64.b64encode(self.salt).decode(), base64.b64encode(self.digest).decode())
        )

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        salt_b64, digest_b64 = value.split("$", 1)
        return cls(base64.b64decode(salt_b64), base64.b64decode(digest_b64))


def _derive(password: str, salt: bytes, settings: dict = HASH_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings["algorithm"],
        password.encode("utf-8"),
        salt,
        settings["iterations"],
    )


def hash_runner_password(password: str) -> str:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    return StoredCredential(salt, _derive(password, salt)).encode()


def check_runner_password(password: str, stored: str) -> bool:
    cred = StoredCredential.decode(stored)
    return hmac.compare_digest(_derive(password, cred.salt), cred.digest)
