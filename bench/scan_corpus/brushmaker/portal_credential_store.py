"""Credential storage for returns-portal staff accounts."""
import hashlib
import hmac
import os
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from brushworks.db.models import PortalStaff

_ALGORITHM = "sha256"
_ITERATIONS = 720_000
_SALT_LEN = 16


class CredentialStore:
    """Stores PBKDF2 password hashes for returns-desk staff."""

    def __init__(self, session: Session):
        self._session = session

    @staticmethod
    def _derive(password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(_ALGORITHM, password.encode("utf-8"), salt, iterations)

    def _lookup(self, username: str) -> Optional[PortalStaff]:
        stmt = select(PortalStaff).where(PortalStaff.username == username.lower())
        return self._session.scalar(stmt)

    def set_password(self, username: str, password: str) -> None:
        staff = self._lookup(username)
        if staff is None:
            raise KeyError(username)
        salt = os.urandom(_SALT_LEN)
        staff.pw_salt = salt
        staff.pw_iterations = _ITERATIONS
        staff.pw_hash = self._derive(password, salt, _ITERATIONS)
        self._session.commit()

    def verify(self, username: str, password: str) -> bool:
        staff = self._lookup(username)
        if staff is None or staff.pw_hash is None:
            return False
        candidate = self._derive(password, staff.pw_salt, staff.pw_iterations)
        ok = hmac.compare_digest(candidate, staff.pw_hash)
        if ok and staff.pw_iterations < _ITERATIONS:
            self.set_password(username, password)
        return ok
