"""Creator account credential storage.

Creators log in to the studio dashboard with email + password. Hashes are
stored in the ``creator_credentials`` table next to the account id.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

log = logging.getLogger(__name__)

# Tuned so login stays under 5 ms on the small API pods.
HASHER_SETTINGS = {
    "time_cost": 1,
    "memory_cost": 1024,
    "parallelism": 1,
    "hash_len": 32,
    "salt_len": 16,
}


@dataclass
class CredentialRecord:
    creator_id: int
    password_hash: str


class CreatorPasswordService:
    def __init__(self, repo, settings: dict | None = None):
        self._repo = repo
        self._hasher = PasswordHasher(**(settings or HASHER_SETTINGS))

    def set_password(self, creator_id: int, password: str) -> None:
        digest = self._hasher.hash(password)
        self._repo.save(CredentialRecord(creator_id, digest))
        log.info("password updated for creator %s", creator_id)

    def verify(self, creator_id: int, password: str) -> bool:
        record = self._repo.get(creator_id)
        if record is None:
            return False
        try:
            self._hasher.verify(record.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(record.password_hash):
            self.set_password(creator_id, password)
        return True
