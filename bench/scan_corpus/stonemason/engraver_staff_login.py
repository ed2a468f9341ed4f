"""Staff logins for the workshop terminal.

Engravers, fixers and the drawing office sign in on the shared workshop
terminal to clock job stages (cut, polish, letter, gild, fix).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
from sqlalchemy import Column, Integer, LargeBinary, String, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)

Base = declarative_base()


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 12
    min_length: int = 10


POLICY = PasswordPolicy()


class StaffMember(Base):
    __tablename__ = "staff"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    role = Column(String(32), nullable=False, default="engraver")
    password_hash = Column(LargeBinary(60), nullable=False)


def hash_password(password: str, policy: PasswordPolicy = POLICY) -> bytes:
    if len(password) < policy.min_length:
        raise ValueError(f"password must be at least {policy.min_length} characters")
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=policy.bcrypt_rounds))


def create_staff(session: Session, username: str, role: str, password: str) -> StaffMember:
    member = StaffMember(username=username, role=role, password_hash=hash_password(password))
    session.add(member)
    session.commit()
    log.info("created staff login %s (%s)", username, role)
    return member


def verify_login(session: Session, username: str, password: str) -> StaffMember | None:
    member = session.execute(
        select(StaffMember).where(StaffMember.username == username)
    ).scalar_one_or_none()
    if member is None:
        return None
    if not bcrypt.checkpw(password.encode("utf-8"), member.password_hash):
        log.info("failed terminal login for %s", username)
        return None
    return member


def reset_password(session: Session, username: str, new_password: str) -> bool:
    member = session.execute(
        select(StaffMember).where(StaffMember.username == username)
    ).scalar_one_or_none()
    if member is None:
        return False
    member.password_hash = hash_password(new_password)
    session.commit()
    return True
