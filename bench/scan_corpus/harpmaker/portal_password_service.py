"""Password hashing service for portal customers and dealer staff logins."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger("harpmaker.passwords")


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class PasswordService:
    MIN_LENGTH = 10

    def __init__(self, cfg: Argon2Settings = Argon2Settings()) -> None:
        self._hasher = PasswordHasher(
            time_cost=cfg.time_cost,
            memory_cost=cfg.memory_cost_kib,
            parallelism=cfg.parallelism,
            hash_len=cfg.hash_len,
            salt_len=cfg.salt_len,
            type=Type.ID,
        )

    def validate(self, password: str, username: str) -> list[str]:
        problems = []
        if len(password) < self.MIN_LENGTH:
            problems.append(f"must be at least {self.MIN_LENGTH} characters")
        if username and username.lower() in password.lower():
            problems.append("must not contain your user name")
        return problems

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> tuple[bool, str | None]:
        """Return (ok, replacement_hash); replacement is set when parameters were raised."""
        try:
            self._hasher.verify(stored_hash, password)
        except VerifyMismatchError:
            return False, None
        except (InvalidHashError, VerificationError):
            log.warning("stored password hash could not be parsed")
            return False, None
        if self._hasher.check_needs_rehash(stored_hash):
            return True, self._hasher.hash(password)
        return True, None


def change_password(service: PasswordService, repo, user_id: int, old: str, new: str) -> bool:
    record = repo.get(user_id)
    ok, _ = service.verify(record.password_hash, old)
    if not ok:
        return False
    problems = service.validate(new, record.username)
    if problems:
        raise ValueError("; ".join(problems))
    repo.set_password_hash(user_id, service.hash(new))
    log.info("password changed for user %s", record.username)
    return True
