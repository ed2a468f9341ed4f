"""Credential storage for self-service accounts that do not use SSO.

Smaller clients without an identity provider give their staff local
portal accounts; this module owns hashing and verification for those.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM = "sha256"
ITERATIONS = 600_000
SALT_LENGTH = 16


@dataclass(frozen=True)
class PasswordRecord:
    salt: bytes
    iterations: int
    digest: bytes


class CredentialStore:
    def __init__(self, repository):
        self._repo = repository

    @staticmethod
    def _hash(password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(ALGORITHM, password.encode("utf-8"), salt, iterations)

    def set_password(self, account_id: int, password: str) -> None:
        salt = os.urandom(SALT_LENGTH)
        record = PasswordRecord(salt, ITERATIONS, self._hash(password, salt, ITERATIONS))
        self._repo.save_password(account_id, record)

    def check_password(self, account_id: int, password: str) -> bool:
        record = self._repo.load_password(account_id)
        if record is None:
            # Burn the same amount of work so unknown accounts are not faster.
            self._hash(password, os.urandom(SALT_LENGTH), ITERATIONS)
            return False
        candidate = self._hash(password, record.salt, record.iterations)
        ok = hmac.compare_digest(candidate, record.digest)
        if ok and record.iterations < ITERATIONS:
            self.set_password(account_id, password)
        return ok
