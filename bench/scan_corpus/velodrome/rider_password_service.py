"""Password handling for rider accounts on the booking portal."""
from __future__ import annotations

import hashlib
import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Rider

log = logging.getLogger("velodrome.riders")

_ph = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)


def avatar_cache_key(email: str) -> str:
    """Key under which the rider's avatar thumbnail is cached."""
    return "avatar:" + hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


class RiderPasswordService:
    def __init__(self, db: Session):
        self.db = db

    def set_password(self, rider: Rider, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        rider.password_hash = _ph.hash(password)
        self.db.add(rider)
        self.db.commit()

    def authenticate(self, email: str, password: str) -> Rider | None:
        rider = self.db.scalars(
            select(Rider).where(Rider.email == email.strip().lower())
        ).first()
        if rider is None:
            return None
        try:
            _ph.verify(rider.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            log.info("failed sign-in for rider %s", rider.id)
            return None
        if _ph.check_needs_rehash(rider.password_hash):
            rider.password_hash = _ph.hash(password)
            self.db.commit()
        return rider

    def change_password(self, rider: Rider, current: str, new: str) -> bool:
        try:
            _ph.verify(rider.password_hash, current)
        except VerifyMismatchError:
            return False
        self.set_password(rider, new)
        return True
