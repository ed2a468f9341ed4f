"""Password handling for hospital staff accounts on the supplier portal.

Staff who approve isotope orders above the department's standing limit
sign in to the supplier portal with their own account.
"""
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Boolean, Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class Argon2Policy:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


class Approver(Base):
    __tablename__ = "order_approvers"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)
    max_activity_gbq = Column(Integer, nullable=False, default=0)
    active = Column(Boolean, nullable=False, default=True)


class ApproverPasswords:
    def __init__(self, policy: Argon2Policy = Argon2Policy()) -> None:
        self._hasher = PasswordHasher(
            time_cost=policy.time_cost,
            memory_cost=policy.memory_cost_kib,
            parallelism=policy.parallelism,
        )

    def hash(self, password: str) -> str:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        return self._hasher.hash(password)

    def authenticate(self, db: Session, username: str, password: str) -> Optional[Approver]:
        approver = db.scalar(
            select(Approver).where(Approver.username == username.lower(), Approver.active)
        )
        if approver is None:
            return None
        try:
            self._hasher.verify(approver.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(approver.password_hash):
            approver.password_hash = self._hasher.hash(password)
            db.commit()
        return approver

    def set_password(self, db: Session, approver: Approver, new_password: str) -> None:
        approver.password_hash = self.hash(new_password)
        db.commit()
