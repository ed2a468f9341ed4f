"""Password policy and hashing for staff accounts of the nursery back office.

Shared by the staff portal and the command-line tool that the owner uses to
create accounts for seasonal helpers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import bcrypt


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 12
    max_bytes: int = 72
    bcrypt_rounds: int = 12
    banned_words: tuple[str, ...] = ("bonsai", "nursery", "juniper", "password")


POLICY = PasswordPolicy()


class PolicyViolation(ValueError):
    pass


def check_policy(password: str, policy: PasswordPolicy = POLICY) -> None:
    if len(password) < policy.min_length:
        raise PolicyViolation(f"use at least {policy.min_length} characters")
    if len(password.encode("utf-8")) > policy.max_bytes:
        raise PolicyViolation(f"use at most {policy.max_bytes} bytes")
    lowered = password.lower()
    for word in policy.banned_words:
        if word in lowered:
            raise PolicyViolation(f"password must not contain '{word}'")
    if not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        raise PolicyViolation("mix letters and digits")


class StaffPasswordHasher:
    def __init__(self, policy: PasswordPolicy = POLICY):
        self.policy = policy

    def hash(self, password: str) -> str:
        check_policy(password, self.policy)
        salt = bcrypt.gensalt(rounds=self.policy.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def verify(self, password: str, stored: str) -> bool:
        try:
            return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))
        except ValueError:
            return False

    def needs_rehash(self, stored: str) -> bool:
        try:
            cost = int(stored.split("$")[2])
        except (IndexError, ValueError):
            return True
        return cost < self.policy.bcrypt_rounds


def upgrade_on_login(hasher: StaffPasswordHasher, password: str, stored: str) -> str | None:
    """Return a new hash if the stored one uses an older cost, else ``None``."""
    if hasher.verify(password, stored) and hasher.needs_rehash(stored):
        return hasher.hash(password)
    return None
