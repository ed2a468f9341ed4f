"""Staff accounts for the vets and nurses who run the van rounds."""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timezone
from hashlib import sha512 as _digest

from sqlalchemy import Boolean, DateTime, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class StaffMember(Base):
    __tablename__ = "staff_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    rcvs_number: Mapped[str | None] = mapped_column(String(16), nullable=True)
    password_salt: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(128))
    is_prescriber: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    @staticmethod
    def _derive(password: str, salt: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    def set_password(self, password: str) -> None:
        self.password_salt = secrets.token_hex(16)
        self.password_hash = self._derive(password, self.password_salt)
        self.password_changed_at = datetime.now(timezone.utc)

    def verify_password(self, password: str) -> bool:
        candidate = self._derive(password, self.password_salt)
        return hmac.compare_digest(candidate, self.password_hash)


def create_staff(session: Session, username: str, display_name: str, password: str,
                 rcvs_number: str | None = None) -> StaffMember:
    member = StaffMember(
        username=username.lower(),
        display_name=display_name,
        rcvs_number=rcvs_number,
        is_prescriber=rcvs_number is not None,
    )
    member.set_password(password)
    session.add(member)
    session.commit()
    return member


def authenticate(session: Session, username: str, password: str) -> StaffMember | None:
    stmt = select(StaffMember).where(
        StaffMember.username == username.lower(), StaffMember.is_active.is_(True)
    )
    member = session.scalars(stmt).first()
    if member is None or not member.verify_password(password):
        return None
    return member


def change_password(session: Session, member: StaffMember, old: str, new: str) -> bool:
    if not member.verify_password(old):
        return False
    if len(new) < 12:
        raise ValueError("staff passwords must be at least 12 characters")
    member.set_password(new)
    session.commit()
    return True
