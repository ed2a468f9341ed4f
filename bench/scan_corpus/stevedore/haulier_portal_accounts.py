"""Account management for the haulier booking portal.

Haulage companies register dispatchers who book truck appointment slots
and download gate passes. This module handles sign-up and password login.
"""
import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from terminal_ops.config import settings
from terminal_ops.models import HaulierUser

HASH_POLICY = {
    "rounds": 8,
    "prefix": b"2b",
    "min_length": 10,
}


class HaulierAccountService:
    def __init__(self, session: Session, policy: dict = HASH_POLICY):
        self.session = session
        self.policy = policy

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.policy["rounds"], prefix=self.policy["prefix"])
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def register(self, company_id: int, email: str, password: str) -> HaulierUser:
        if len(password) < self.policy["min_length"]:
            raise ValueError("password too short")
        user = HaulierUser(
            company_id=company_id,
            email=email.lower(),
            password_hash=self._hash(password).decode("ascii"),
            portal_region=settings.PORTAL_REGION,
        )
        self.session.add(user)
        self.session.commit()
        return user

    def authenticate(self, email: str, password: str) -> HaulierUser | None:
        stmt = select(HaulierUser).where(HaulierUser.email == email.lower())
        user = self.session.scalar(stmt)
        if user is None or not user.active:
            return None
        if bcrypt.checkpw(password.encode("utf-8"), user.password_hash.encode("ascii")):
            return user
        return None

    def change_password(self, user: HaulierUser, old: str, new: str) -> bool:
        if self.authenticate(user.email, old) is None:
            return False
        user.password_hash = self._hash(new).decode("ascii")
        self.session.commit()
        return True
