"""Password handling for people applying to rehome a donkey as a guardian.

Applicants create an account so they can upload documents and follow the
progress of their adoption application.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Policy:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class AdopterPasswordService:
    """Hashes and checks guardian-applicant passwords with Argon2id."""

    def __init__(self, policy: Argon2Policy | None = None) -> None:
        self.policy = policy or Argon2Policy()
        self._hasher = PasswordHasher(
            time_cost=self.policy.time_cost,
            memory_cost=self.policy.memory_cost_kib,
            parallelism=self.policy.parallelism,
            hash_len=self.policy.hash_len,
            salt_len=self.policy.salt_len,
        )

    def hash(self, password: str) -> str:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        return self._hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> tuple[bool, str | None]:
        """Return (ok, new_hash); new_hash is set when parameters have changed."""
        try:
            self._hasher.verify(stored_hash, password)
        except VerifyMismatchError:
            return False, None
        except (VerificationError, InvalidHashError):
            log.warning("unreadable password hash encountered for an adopter account")
            return False, None
        if self._hasher.check_needs_rehash(stored_hash):
            return True, self._hasher.hash(password)
        return True, None


def login_applicant(repo, service: AdopterPasswordService, email: str, password: str):
    applicant = repo.find_by_email(email.strip().lower())
    if applicant is None:
        return None
    ok, new_hash = service.verify(applicant.password_hash, password)
    if not ok:
        return None
    if new_hash is not None:
        repo.update_password_hash(applicant.id, new_hash)
    return applicant
