"""Password hashing for crew and office staff logins.

Wraps argon2-cffi so the rest of the portal never touches raw hashes.
Parameters are tuned for the portal's app servers (~60 ms per hash).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger("highline.auth")


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class CrewPasswordHasher:
    def __init__(self, params: Argon2Params = Argon2Params()):
        self._ph = PasswordHasher(
            time_cost=params.time_cost,
            memory_cost=params.memory_cost,
            parallelism=params.parallelism,
            hash_len=params.hash_len,
            salt_len=params.salt_len,
        )

    def hash(self, password: str) -> str:
        return self._ph.hash(password)

    def verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self._ph.verify(stored_hash, password)
        except VerifyMismatchError:
            return False
        except (VerificationError, InvalidHashError):
            log.warning("stored crew password hash could not be parsed")
            return False

    def needs_upgrade(self, stored_hash: str) -> bool:
        return self._ph.check_needs_rehash(stored_hash)


hasher = CrewPasswordHasher()


def authenticate(repo, email: str, password: str):
    member = repo.find_by_email(email)
    if member is None or not hasher.verify(member.password_hash, password):
        return None
    if hasher.needs_upgrade(member.password_hash):
        repo.update_password_hash(member.id, hasher.hash(password))
    return member
