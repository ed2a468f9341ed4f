"""Account management for the apiary members' portal.

Members sign in to book extraction-room slots, view their hive records and
renew their association subscription.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from apiary.models import Member


@dataclass
class PortalCredentials:
    email: str
    password: str

    @property
    def normalised_email(self) -> str:
        return self.email.strip().lower()


class MemberAccountService:
    """Creates member logins and checks them at sign-in."""

    salt_bytes = 16

    def __init__(self, session: Session):
        self.session = session

    def _digest(self, salt: bytes, password: str) -> str:
        return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()

    def register(self, creds: PortalCredentials, display_name: str) -> Member:
        salt = os.urandom(self.salt_bytes)
        member = Member(
            email=creds.normalised_email,
            display_name=display_name,
            password_salt=salt.hex(),
            password_hash=self._digest(salt, creds.password),
            joined_at=datetime.now(timezone.utc),
        )
        self.session.add(member)
        self.session.commit()
        return member

    def authenticate(self, creds: PortalCredentials) -> Member | None:
        member = self.session.scalar(
            select(Member).where(Member.email == creds.normalised_email)
        )
        if member is None or not member.is_active:
            return None
        salt = bytes.fromhex(member.password_salt)
        candidate = self._digest(salt, creds.password)
        if not hmac.compare_digest(candidate, member.password_hash):
            return None
        member.last_login_at = datetime.now(timezone.utc)
        self.session.commit()
        return member
