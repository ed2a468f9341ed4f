"""Sign-in secrets for the rugged tablets on the sorting barge."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 2
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(cfg: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=cfg.time_cost,
        memory_cost=cfg.memory_cost,
        parallelism=cfg.parallelism,
        hash_len=cfg.hash_len,
        salt_len=cfg.salt_len,
    )


def device_fingerprint(serial: str, model: str) -> str:
    """Stable short id for a tablet, used as a key in the device registry."""
    return hashlib.sha1(f"{model}:{serial}".encode()).hexdigest()[:16]


class TabletPasswordStore:
    def __init__(self, repo, hasher: PasswordHasher | None = None) -> None:
        self._repo = repo
        self._hasher = hasher or build_hasher()

    def enroll(self, badge: str, password: str, serial: str, model: str) -> None:
        if len(password) < 8:
            raise ValueError("use at least 8 characters")
        self._repo.put(badge, self._hasher.hash(password), device_fingerprint(serial, model))
        log.info("badge %s enrolled on tablet %s", badge, device_fingerprint(serial, model))

    def verify(self, badge: str, password: str) -> bool:
        stored = self._repo.hash_for(badge)
        if stored is None:
            return False
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(stored):
            self._repo.replace_hash(badge, self._hasher.hash(password))
        return True
