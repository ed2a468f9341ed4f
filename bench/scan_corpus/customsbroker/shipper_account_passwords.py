"""Argon2id password handling for shipper self-service portal accounts."""
from __future__ import annotations

from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import update
from sqlalchemy.orm import Session

from .models import ShipperUser

ARGON2_PROFILE: dict[str, Any] = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,
    "parallelism": 4,
    "hash_len": 32,
    "salt_len": 16,
}


class ShipperPasswords:
    def __init__(self, session: Session, **overrides: Any) -> None:
        self.session = session
        self.hasher = PasswordHasher(**{**ARGON2_PROFILE, **overrides})

    def set_password(self, user: ShipperUser, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        user.password_hash = self.hasher.hash(password)
        self.session.add(user)
        self.session.commit()

    def check(self, user: ShipperUser, password: str) -> bool:
        try:
            self.hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False
        if self.hasher.check_needs_rehash(user.password_hash):
            self.session.execute(
                update(ShipperUser)
                .where(ShipperUser.id == user.id)
                .values(password_hash=self.hasher.hash(password))
            )
            self.session.commit()
        return True
