"""Accounts for armoury volunteers who check hire kit in and out.

Volunteers log in at the armoury desk terminal; their passwords are stored
as bcrypt hashes on the ``armoury_staff`` table.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

import bcrypt
from sqlalchemy import Boolean, DateTime, Integer, LargeBinary, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class ArmouryStaff(Base):
    __tablename__ = "armoury_staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[bytes] = mapped_column(LargeBinary(60))
    can_sign_off_repairs: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True), nullable=True)


def hash_password(password: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def verify_password(password: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), hashed)


class ArmouryStaffService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add_volunteer(self, username: str, display_name: str, password: str) -> ArmouryStaff:
        if len(password) < 10:
            raise ValueError("armoury passwords need at least 10 characters")
        staff = ArmouryStaff(
            username=username.strip().lower(),
            display_name=display_name.strip(),
            password_hash=hash_password(password),
        )
        self.session.add(staff)
        self.session.commit()
        return staff

    def login(self, username: str, password: str) -> Optional[ArmouryStaff]:
        staff = self.session.scalars(
            select(ArmouryStaff).where(ArmouryStaff.username == username.strip().lower())
        ).first()
        if staff is None or not verify_password(password, staff.password_hash):
            return None
        staff.last_login = datetime.now(timezone.utc)
        self.session.commit()
        return staff

    def reset_password(self, staff_id: int, new_password: str) -> None:
        staff = self.session.get(ArmouryStaff, staff_id)
        if staff is None:
            raise LookupError(f"no armoury staff member {staff_id}")
        staff.password_hash = hash_password(new_password)
        self.session.commit()
