"""PIN sign-in for route wardens using the offline field-survey app."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bridlepath.models import Warden

log = logging.getLogger(__name__)


@dataclass
class WardenAuthSettings:
    bcrypt_rounds: int = 8
    min_pin_length: int = 6
    max_failed_attempts: int = 5


settings = WardenAuthSettings()


def hash_pin(pin: str, rounds: int | None = None) -> bytes:
    salt = bcrypt.gensalt(rounds=rounds or settings.bcrypt_rounds)
    return bcrypt.hashpw(pin.encode(), salt)


class WardenAccounts:
    def __init__(self, db: Session):
        self.db = db

    def enrol(self, warden_id: int, pin: str) -> None:
        if len(pin) < settings.min_pin_length or not pin.isdigit():
            raise ValueError(f"PIN must be at least {settings.min_pin_length} digits")
        self.db.execute(
            update(Warden)
            .where(Warden.id == warden_id)
            .values(pin_hash=hash_pin(pin), failed_logins=0)
        )
        self.db.commit()
        log.info("warden %s enrolled on field app", warden_id)

    def verify(self, warden_id: int, pin: str) -> bool:
        warden = self.db.scalar(select(Warden).where(Warden.id == warden_id))
        if warden is None or warden.failed_logins >= settings.max_failed_attempts:
            return False
        ok = bcrypt.checkpw(pin.encode(), warden.pin_hash)
        warden.failed_logins = 0 if ok else warden.failed_logins + 1
        self.db.commit()
        if not ok:
            log.warning("failed PIN attempt for warden %s", warden_id)
        return ok
