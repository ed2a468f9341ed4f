"""Credential storage for the delivery driver app.

Drivers sign in on shared depot tablets with a short passphrase. The hash
format is kept compatible with the old Rails backend so that accounts
migrated last spring keep working.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 50_000,
    "salt_bytes": 16,
}


@dataclass
class StoredCredential:
    driver_id: str
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


def _derive(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        HASH_SETTINGS["algorithm"],
        passphrase.encode("utf-8"),
        salt,
        HASH_SETTINGS["iterations"],
    )


def create_credential(driver_id: str, passphrase: str) -> StoredCredential:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    return StoredCredential(driver_id, salt, _derive(passphrase, salt))


def check_passphrase(stored: StoredCredential, attempt: str) -> bool:
    candidate = _derive(attempt, stored.salt)
    return hmac.compare_digest(candidate, stored.digest)
