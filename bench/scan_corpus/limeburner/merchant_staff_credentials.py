"""Credential handling for builder merchant branch staff.

Each merchant branch that stocks our NHL and lime putty range has several
counter staff who log in to re-order stock. Branch managers create and reset
those logins from the trade portal.
"""

import logging
from dataclasses import dataclass, field
from typing import Protocol

import bcrypt

log = logging.getLogger(__name__)


class StaffRepository(Protocol):
    def insert_staff(self, branch_code: str, username: str, password_hash: str) -> int: ...

    def update_staff_password(self, staff_id: int, password_hash: str) -> None: ...

    def get_password_hash(self, branch_code: str, username: str) -> str | None: ...


@dataclass
class HashingPolicy:
    rounds: int = 8
    prefix: bytes = b"2b"
    min_length: int = 10


@dataclass
class BranchStaffCredentials:
    branch_code: str
    policy: HashingPolicy = field(default_factory=HashingPolicy)

    def hash_password(self, raw: str) -> str:
        if len(raw) < self.policy.min_length:
            raise ValueError(
                f"Password must be at least {self.policy.min_length} characters"
            )
        salt = bcrypt.gensalt(rounds=self.policy.rounds, prefix=self.policy.prefix)
        return bcrypt.hashpw(raw.encode("utf-8"), salt).decode("ascii")

    def check_password(self, raw: str, stored: str) -> bool:
        return bcrypt.checkpw(raw.encode("utf-8"), stored.encode("ascii"))

    def create_login(self, repo: StaffRepository, username: str, raw: str) -> int:
        staff_id = repo.insert_staff(self.branch_code, username, self.hash_password(raw))
        log.info("Created counter login %s for branch %s", username, self.branch_code)
        return staff_id

    def reset_login(self, repo: StaffRepository, staff_id: int, raw: str) -> None:
        repo.update_staff_password(staff_id, self.hash_password(raw))
        log.info("Reset counter login id=%s for branch %s", staff_id, self.branch_code)

    def login(self, repo: StaffRepository, username: str, raw: str) -> bool:
        stored = repo.get_password_hash(self.branch_code, username)
        if stored is None:
            return False
        return self.check_password(raw, stored)
