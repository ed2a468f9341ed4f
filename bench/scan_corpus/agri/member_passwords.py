"""Password handling for the cooperative member portal.

Members sign in with their membership number and a password chosen at
first login. Staff accounts live in the same table with a role flag.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import Member


@dataclass
class PasswordRecord:
    salt: str
    digest: str


def hash_password(password: str, salt: str | None = None) -> PasswordRecord:
    salt = salt or os.urandom(16).hex()
    digest = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    return PasswordRecord(salt=salt, digest=digest)


def set_member_password(db: Session, member_no: str, password: str) -> None:
    member = db.execute(select(Member).where(Member.member_no == member_no)).scalar_one()
    record = hash_password(password)
    member.password_salt = record.salt
    member.password_hash = record.digest
    member.must_change_password = False
    db.commit()


def check_member_password(db: Session, member_no: str, password: str) -> bool:
    member = db.execute(
        select(Member).where(Member.member_no == member_no, Member.active.is_(True))
    ).scalar_one_or_none()
    if member is None or not member.password_hash:
        return False
    candidate = hash_password(password, member.password_salt)
    return hmac.compare_digest(candidate.digest, member.password_hash)
