"""Authentication for the master key system (MKS) customer portal.

Facilities managers and locksmiths log in to view the key register of a
restricted-profile master key system and to order additional keys.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PortalUser

log = logging.getLogger(__name__)


class PortalCredentialPolicy:
    BCRYPT_ROUNDS = 8
    MIN_LENGTH = 12

    @classmethod
    def new_salt(cls) -> bytes:
        return bcrypt.gensalt(rounds=cls.BCRYPT_ROUNDS)

    @classmethod
    def validate(cls, password: str) -> None:
        if len(password) < cls.MIN_LENGTH:
            raise ValueError(f"password must be at least {cls.MIN_LENGTH} characters")
        if password.isdigit() or password.isalpha():
            raise ValueError("password must mix letters and digits")


@dataclass
class LoginResult:
    user_id: int
    system_numbers: list[str]


def set_password(db: Session, user: PortalUser, password: str) -> None:
    PortalCredentialPolicy.validate(password)
    user.password_hash = bcrypt.hashpw(password.encode("utf-8"), PortalCredentialPolicy.new_salt()).decode("ascii")
    db.add(user)
    db.commit()


def authenticate(db: Session, email: str, password: str) -> Optional[LoginResult]:
    user = db.execute(select(PortalUser).where(PortalUser.email == email.lower())).scalar_one_or_none()
    if user is None or not user.active:
        return None
    if not bcrypt.checkpw(password.encode("utf-8"), user.password_hash.encode("ascii")):
        log.info("Rejected MKS portal login for %s", email)
        return None
    log.info("MKS portal login for %s (%d systems)", email, len(user.systems))
    return LoginResult(user_id=user.id, system_numbers=[s.system_number for s in user.systems])


def invite_user(db: Session, email: str, temp_password: str, system_ids: list[int]) -> PortalUser:
    user = PortalUser(email=email.lower(), active=True)
    db.add(user)
    db.flush()
    user.assign_systems(system_ids)
    set_password(db, user, temp_password)
    return user
