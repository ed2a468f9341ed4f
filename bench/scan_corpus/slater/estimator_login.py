"""Authentication service for estimators using the quoting tool.

Estimators price re-roofs, ridge repairs and lead work from survey notes.
Passwords are hashed with Argon2id and transparently upgraded if the
parameters below are raised later.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional, Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

log = logging.getLogger(__name__)

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


@dataclass
class Estimator:
    id: int
    email: str
    region: str
    pw_hash: str


class EstimatorStore(Protocol):
    def by_email(self, email: str) -> Optional[Estimator]: ...
    def update_hash(self, estimator_id: int, new_hash: str) -> None: ...
    def insert(self, email: str, region: str, pw_hash: str) -> int: ...


class EstimatorAuth:
    def __init__(self, store: EstimatorStore, hasher: PasswordHasher = _hasher) -> None:
        self.store = store
        self.hasher = hasher

    def enrol(self, email: str, region: str, password: str) -> int:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        return self.store.insert(email.lower(), region, self.hasher.hash(password))

    def login(self, email: str, password: str) -> Optional[Estimator]:
        user = self.store.by_email(email.lower())
        if user is None:
            log.info("login for unknown estimator %s", email)
            return None
        try:
            self.hasher.verify(user.pw_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            log.info("failed login for estimator id=%s", user.id)
            return None
        if self.hasher.check_needs_rehash(user.pw_hash):
            user.pw_hash = self.hasher.hash(password)
            self.store.update_hash(user.id, user.pw_hash)
        return user
