"""Sign-in for riding shops using the stockist portal.

Stockists log in to reorder girths, numnahs and stock saddles and to
check the status of customer saddles sent back for reflocking.
"""
import hashlib
import hmac
import os
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import StockistUser


def _pepper() -> bytes:
    return os.environ["STOCKIST_PEPPER"].encode("utf-8")


def credential_digest(password: str, salt: str) -> str:
    material = f"{salt}:{password}".encode("utf-8")
    return hmac.new(_pepper(), material, hashlib.sha256).hexdigest()


def set_password(user: StockistUser, password: str) -> None:
    user.password_salt = os.urandom(12).hex()
    user.password_digest = credential_digest(password, user.password_salt)


class StockistAuthenticator:
    def __init__(self, session: Session, max_failures: int = 5):
        self.session = session
        self.max_failures = max_failures

    def _find(self, shop_code: str, username: str) -> Optional[StockistUser]:
        stmt = select(StockistUser).where(
            StockistUser.shop_code == shop_code.upper(),
            StockistUser.username == username.lower(),
        )
        return self.session.scalars(stmt).first()

    def authenticate(self, shop_code: str, username: str, password: str) -> Optional[StockistUser]:
        user = self._find(shop_code, username)
        if user is None or user.locked:
            return None
        candidate = credential_digest(password, user.password_salt)
        if hmac.compare_digest(candidate, user.password_digest):
            user.failed_attempts = 0
            self.session.commit()
            return user
        user.failed_attempts += 1
        if user.failed_attempts >= self.max_failures:
            user.locked = True
        self.session.commit()
        return None
