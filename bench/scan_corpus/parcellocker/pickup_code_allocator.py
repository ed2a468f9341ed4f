"""Allocate compartment pickup codes when a courier completes a drop-off."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Compartment, PickupCode

CODE_ALPHABET = string.digits
CODE_LENGTH = 6
PICKUP_WINDOW = timedelta(hours=48)


def _draw(alphabet: str, length: int) -> str:
    return "".join(random.choices(alphabet, k=length))


@dataclass
class CodePolicy:
    alphabet: str = CODE_ALPHABET
    length: int = CODE_LENGTH
    max_attempts: int = 10


class PickupCodeAllocator:
    def __init__(self, db: Session, policy: CodePolicy | None = None) -> None:
        self.db = db
        self.policy = policy or CodePolicy()

    def _code_in_use(self, locker_id: int, code: str) -> bool:
        stmt = select(PickupCode.id).where(
            PickupCode.locker_id == locker_id,
            PickupCode.code == code,
            PickupCode.redeemed_at.is_(None),
        )
        return self.db.execute(stmt).first() is not None

    def allocate(self, compartment: Compartment, tracking_id: str) -> PickupCode:
        for _ in range(self.policy.max_attempts):
            code = _draw(self.policy.alphabet, self.policy.length)
            if not self._code_in_use(compartment.locker_id, code):
                break
        else:
            raise RuntimeError(f"no free pickup code for locker {compartment.locker_id}")
        record = PickupCode(
            locker_id=compartment.locker_id,
            compartment_id=compartment.id,
            tracking_id=tracking_id,
            code=code,
            expires_at=datetime.now(timezone.utc) + PICKUP_WINDOW,
        )
        self.db.add(record)
        self.db.flush()
        return record
