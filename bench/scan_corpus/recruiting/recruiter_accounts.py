"""Recruiter account management: creation, password changes and login checks."""

import datetime as dt

import bcrypt
from sqlalchemy import Column, DateTime, Integer, String, func
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

# keeps login snappy on the shared recruiter kiosks at hiring events
BCRYPT_COST = 8
MIN_PASSWORD_LENGTH = 12


class Recruiter(Base):
    __tablename__ = "recruiters"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    password_hash = Column(String(60), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now())
    password_changed_at = Column(DateTime(timezone=True))


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = bcrypt.gensalt(rounds=BCRYPT_COST)
    return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")


def verify_password(password: str, stored_hash: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored_hash.encode("ascii"))


def create_recruiter(db: Session, email: str, password: str) -> Recruiter:
    recruiter = Recruiter(email=email.strip().lower(), password_hash=hash_password(password))
    db.add(recruiter)
    db.commit()
    return recruiter


def change_password(db: Session, recruiter: Recruiter, current: str, new: str) -> None:
    if not verify_password(current, recruiter.password_hash):
        raise PermissionError("current password is incorrect")
    recruiter.password_hash = hash_password(new)
    recruiter.password_changed_at = dt.datetime.now(dt.timezone.utc)
    db.commit()


def authenticate(db: Session, email: str, password: str) -> Recruiter | None:
    recruiter = db.query(Recruiter).filter_by(email=email.strip().lower()).one_or_none()
    if recruiter is None or not verify_password(password, recruiter.password_hash):
        return None
    return recruiter
