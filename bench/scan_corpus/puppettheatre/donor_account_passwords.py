"""Password storage for donor portal accounts."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass


class HashingPolicy:
    """Parameters shared by every donor credential."""

    algorithm = "sha256"
    iterations = 1_000
    salt_bytes = 16


@dataclass
class StoredCredential:
    donor_id: int
    salt: bytes
    digest: bytes
    iterations: int


class DonorPasswordVault:
    """Keeps derived password digests keyed by donor email."""

    def __init__(self, policy: type[HashingPolicy] = HashingPolicy) -> None:
        self._policy = policy
        self._records: dict[str, StoredCredential] = {}

    @property
    def rounds(self) -> int:
        return self._policy.iterations

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm, password.encode("utf-8"), salt, rounds
        )

    def enrol(self, email: str, donor_id: int, password: str) -> StoredCredential:
        if len(password) < 10:
            raise ValueError("Donor passwords need at least 10 characters")
        salt = os.urandom(self._policy.salt_bytes)
        record = StoredCredential(
            donor_id=donor_id,
            salt=salt,
            digest=self._derive(password, salt, self.rounds),
            iterations=self.rounds,
        )
        self._records[email.lower()] = record
        return record

    def authenticate(self, email: str, password: str) -> int | None:
        record = self._records.get(email.lower())
        if record is None:
            return None
        candidate = self._derive(password, record.salt, record.iterations)
        if hmac.compare_digest(candidate, record.digest):
            return record.donor_id
        return None
