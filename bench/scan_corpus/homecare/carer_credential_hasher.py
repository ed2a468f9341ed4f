"""Password hashing for carer logins on the office web app and mobile app.

Accounts imported from the previous rota system were forced through a
password reset, so only Argon2id hashes are accepted here; hashes made
with older parameters are upgraded on the next successful login.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HashingProfile:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


def build_hasher(profile: HashingProfile = HashingProfile()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=profile.time_cost,
        memory_cost=profile.memory_cost_kib,
        parallelism=profile.parallelism,
        type=Type.ID,
    )


class CarerCredentialStore:
    def __init__(self, engine: Engine, hasher: PasswordHasher | None = None):
        self.engine = engine
        self.hasher = hasher or build_hasher()

    def set_password(self, carer_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE carer_accounts SET password_hash = :h WHERE carer_id = :id"),
                {"h": self.hasher.hash(password), "id": carer_id},
            )

    def verify(self, carer_id: int, password: str) -> bool:
        with self.engine.connect() as conn:
            stored = conn.execute(
                text("SELECT password_hash FROM carer_accounts WHERE carer_id = :id"),
                {"id": carer_id},
            ).scalar_one_or_none()
        if stored is None or not stored.startswith("$argon2"):
            return False
        try:
            self.hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if self.hasher.check_needs_rehash(stored):
            self.set_password(carer_id, password)
            log.info("rehashed password for carer %s with current parameters", carer_id)
        return True
