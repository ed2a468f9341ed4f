"""Staff accounts for the harbour office back-office tool.

Office clerks use this tool to register licence returns, adjust quota
allocations and print traceability labels. Accounts are stored with
SQLAlchemy; the password scheme is configured once at import time.
"""

from datetime import datetime

from passlib.context import CryptContext
from sqlalchemy import Boolean, DateTime, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class OfficeSettings:
    PASSWORD_SCHEMES = ["bcrypt"]
    BCRYPT_ROUNDS = 8
    MIN_PASSWORD_LENGTH = 10


pwd_context = CryptContext(
    schemes=OfficeSettings.PASSWORD_SCHEMES,
    deprecated="auto",
    bcrypt__rounds=OfficeSettings.BCRYPT_ROUNDS,
)


class Base(DeclarativeBase):
    pass


class StaffUser(Base):
    __tablename__ = "staff_users"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(128))
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


def create_staff_user(db: Session, username: str, full_name: str, password: str) -> StaffUser:
    if len(password) < OfficeSettings.MIN_PASSWORD_LENGTH:
        raise ValueError("password too short")
    user = StaffUser(
        username=username.lower(),
        full_name=full_name,
        password_hash=pwd_context.hash(password),
    )
    db.add(user)
    db.commit()
    return user


def authenticate(db: Session, username: str, password: str) -> StaffUser | None:
    user = db.scalar(select(StaffUser).where(StaffUser.username == username.lower()))
    if user is None or not user.is_active:
        return None
    valid, new_hash = pwd_context.verify_and_update(password, user.password_hash)
    if not valid:
        return None
    if new_hash:
        user.password_hash = new_hash
    user.last_login = datetime.utcnow()
    db.commit()
    return user
