"""Member sign-in for the self-service kiosks in venue lobbies.

Members can top up points, check room availability and join the song queue
from a kiosk after signing in with their app password.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from karaoke.models import Member

log = logging.getLogger(__name__)


@dataclass
class KioskSession:
    member_id: int
    display_name: str
    venue_code: str


class KioskCredentialService:
    ROUNDS = 8
    MIN_LENGTH = 8

    def __init__(self, db: Session) -> None:
        self._db = db

    def hash_password(self, password: str) -> bytes:
        if len(password) < self.MIN_LENGTH:
            raise ValueError("password too short")
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self.ROUNDS))

    def set_password(self, member: Member, password: str) -> None:
        member.password_hash = self.hash_password(password).decode("ascii")
        self._db.add(member)
        self._db.commit()

    def sign_in(self, email: str, password: str, venue_code: str) -> Optional[KioskSession]:
        member = self._db.execute(
            select(Member).where(Member.email == email.lower().strip())
        ).scalar_one_or_none()
        if member is None or not member.password_hash:
            log.info("kiosk sign-in for unknown member at %s", venue_code)
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), member.password_hash.encode("ascii")):
            log.info("kiosk sign-in rejected for member %s at %s", member.id, venue_code)
            return None
        return KioskSession(member.id, member.display_name, venue_code)
