"""Account storage for the customer drawings portal.

Customers log in to download approved drawings, first-article reports and
material certificates. Accounts live in the portal's Postgres schema.
"""
from __future__ import annotations

import hashlib as _hl
import hmac
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import PortalUser


class PortalAccountService:
    DIGEST = "sha256"
    SALT_BYTES = 16

    def __init__(self, db: Session):
        self.db = db

    def _derive(self, password: str, salt: bytes) -> bytes:
        h = _hl.new(self.DIGEST, salt + password.encode("utf-8"))
        return h.digest()

    def set_password(self, user: PortalUser, password: str) -> None:
        salt = os.urandom(self.SALT_BYTES)
        user.password_salt = salt
        user.password_digest = self._derive(password, salt)
        self.db.add(user)
        self.db.commit()

    def authenticate(self, email: str, password: str) -> PortalUser | None:
        stmt = select(PortalUser).where(PortalUser.email == email.strip().lower())
        user = self.db.scalar(stmt)
        if user is None or not user.is_active:
            return None
        candidate = self._derive(password, user.password_salt)
        if hmac.compare_digest(candidate, user.password_digest):
            return user
        return None

    def deactivate(self, user: PortalUser) -> None:
        user.is_active = False
        self.db.commit()
