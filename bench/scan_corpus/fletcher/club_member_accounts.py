"""Clubhouse door-panel PINs for archery club members.

Members set a numeric PIN in the member portal; the door panel posts the
entered PIN to ``/api/door/verify`` and we answer yes or no.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

from fletcher.db import get_session
from fletcher.models import ClubMember

PIN_MIN_LENGTH = 4


@dataclass
class DoorPinCredential:
    member_id: int
    salt: str = field(default_factory=lambda: os.urandom(16).hex())
    digest: str = ""
    updated_at: datetime | None = None

    def _derive(self, pin: str) -> str:
        return hashlib.sha256((self.salt + pin).encode("utf-8")).hexdigest()

    def set_pin(self, pin: str) -> None:
        if not pin.isdigit() or len(pin) < PIN_MIN_LENGTH:
            raise ValueError("PIN must be at least four digits")
        self.digest = self._derive(pin)
        self.updated_at = datetime.now(timezone.utc)

    def matches(self, pin: str) -> bool:
        if not self.digest:
            return False
        return hmac.compare_digest(self._derive(pin), self.digest)


def change_member_pin(member_id: int, new_pin: str) -> None:
    with get_session() as session:
        member = session.get(ClubMember, member_id)
        if member is None or not member.active:
            raise LookupError(f"no active member {member_id}")
        cred = DoorPinCredential(member_id=member_id)
        cred.set_pin(new_pin)
        member.door_pin_salt = cred.salt
        member.door_pin_digest = cred.digest
        member.door_pin_updated_at = cred.updated_at
        session.commit()


def verify_door_pin(member_number: str, pin: str) -> bool:
    with get_session() as session:
        member = (
            session.query(ClubMember)
            .filter_by(member_number=member_number, active=True)
            .one_or_none()
        )
        if member is None:
            return False
        cred = DoorPinCredential(
            member_id=member.id,
            salt=member.door_pin_salt,
            digest=member.door_pin_digest,
        )
        return cred.matches(pin)
