"""Staff logins for the workshop management app (office, drawing office, foremen)."""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import StaffUser

ROLES = ("office", "drawing_office", "foreman", "director")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


@dataclass
class NewStaff:
    email: str
    full_name: str
    role: str
    password: str


def create_staff(session: Session, new: NewStaff) -> StaffUser:
    if new.role not in ROLES:
        raise ValueError(f"unknown role {new.role!r}")
    if len(new.password) < 12:
        raise ValueError("staff passwords need at least 12 characters")
    user = StaffUser(
        email=new.email.strip().lower(),
        full_name=new.full_name,
        role=new.role,
        password_hash=_hasher.hash(new.password),
    )
    session.add(user)
    session.commit()
    return user


def authenticate(session: Session, email: str, password: str) -> StaffUser | None:
    user = session.scalars(
        select(StaffUser).where(StaffUser.email == email.strip().lower())
    ).first()
    if user is None or not user.active:
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        session.commit()
    return user


def set_password(session: Session, user: StaffUser, password: str) -> None:
    if len(password) < 12:
        raise ValueError("staff passwords need at least 12 characters")
    user.password_hash = _hasher.hash(password)
    session.commit()
