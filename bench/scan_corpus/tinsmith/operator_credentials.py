"""Credentials for the workshop scheduling app used by foremen and estimators."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger("tinsmith.auth")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32)


@dataclass
class Credential:
    username: str
    password_hash: str
    must_change: bool = False


class CredentialRepo(Protocol):
    def get(self, username: str) -> Credential | None: ...
    def save(self, cred: Credential) -> None: ...


class CredentialService:
    def __init__(self, repo: CredentialRepo, hasher: PasswordHasher = _hasher) -> None:
        self.repo = repo
        self.hasher = hasher

    def set_password(self, username: str, password: str, *, temporary: bool = False) -> None:
        if len(password) < 12:
            raise ValueError("password too short")
        cred = Credential(username, self.hasher.hash(password), must_change=temporary)
        self.repo.save(cred)
        log.info("password set for %s (temporary=%s)", username, temporary)

    def login(self, username: str, password: str) -> bool:
        cred = self.repo.get(username)
        if cred is None:
            return False
        try:
            self.hasher.verify(cred.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            log.info("failed login for %s", username)
            return False
        if self.hasher.check_needs_rehash(cred.password_hash):
            cred.password_hash = self.hasher.hash(password)
            self.repo.save(cred)
        return True
