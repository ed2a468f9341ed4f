"""Password storage for the alumni portal.

Accounts were migrated from the old donor web module, which stored unsalted
hashes; on first successful login we rehash into the format produced here.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
PBKDF2_ROUNDS = 120_000
SALT_BYTES = 16


@dataclass
class StoredPassword:
    salt: bytes
    digest: bytes
    rounds: int

    def encode(self) -> str:
        return "pbkdf2_{}${}${}${}".format(
            HASH_NAME,
            self.rounds,
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.digest).decode(),
        )

    @classmethod
    def decode(cls, value: str) -> "StoredPassword":
        _algo, rounds, salt, digest = value.split("$")
        return cls(base64.b64decode(salt), base64.b64decode(digest), int(rounds))


def make_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, PBKDF2_ROUNDS)
    return StoredPassword(salt, digest, PBKDF2_ROUNDS).encode()


def check_password(password: str, encoded: str) -> bool:
    stored = StoredPassword.decode(encoded)
    candidate = hashlib.pbkdf2_hmac(
        HASH_NAME, password.encode("utf-8"), stored.salt, stored.rounds
    )
    return hmac.compare_digest(candidate, stored.digest)


def needs_rehash(encoded: str) -> bool:
    return StoredPassword.decode(encoded).rounds < PBKDF2_ROUNDS
