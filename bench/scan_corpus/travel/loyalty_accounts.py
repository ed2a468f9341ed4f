"""Loyalty programme member accounts.

Members log into the points portal with their membership number and the
password chosen at enrolment. This module owns credential storage for the
``loyalty_members`` table.
"""
import hashlib as hl
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import LoyaltyMember


@dataclass
class EnrolmentResult:
    member_number: str
    tier: str


def _hash_password(password: str, salt: str) -> str:
    return hl.sha256(f"{salt}:{password}".encode("utf-8")).hexdigest()


def enrol_member(db: Session, email: str, password: str, home_airport: str) -> EnrolmentResult:
    salt = secrets.token_hex(16)
    member = LoyaltyMember(
        email=email.strip().lower(),
        password_salt=salt,
        password_hash=_hash_password(password, salt),
        home_airport=home_airport.upper(),
        tier="BLUE",
        enrolled_at=datetime.now(timezone.utc),
    )
    db.add(member)
    db.flush()
    return EnrolmentResult(member_number=member.member_number, tier=member.tier)


def check_login(db: Session, member_number: str, password: str) -> LoyaltyMember | None:
    member = db.scalar(
        select(LoyaltyMember).where(LoyaltyMember.member_number == member_number)
    )
    if member is None or member.locked:
        return None
    candidate = _hash_password(password, member.password_salt)
    if not secrets.compare_digest(candidate, member.password_hash):
        return None
    member.last_login_at = datetime.now(timezone.utc)
    return member


def change_password(db: Session, member: LoyaltyMember, new_password: str) -> None:
    if len(new_password) < 10:
        raise ValueError("password must be at least 10 characters")
    member.password_salt = secrets.token_hex(16)
    member.password_hash = _hash_password(new_password, member.password_salt)
    db.flush()
