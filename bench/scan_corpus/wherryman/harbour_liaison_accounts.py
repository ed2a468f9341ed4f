"""Accounts for harbour authority liaison officers.

Liaison officers log in to the operator back office to approve berth
swaps and settle mooring fee disputes. Hash handling goes through passlib.
"""
from typing import Optional

from passlib.context import CryptContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from wherryman.models import LiaisonOfficer

PASSWORD_POLICY = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 8,
}


def build_context(policy: dict = PASSWORD_POLICY) -> CryptContext:
    return CryptContext(**policy)


pwd_context = build_context()


def register_officer(session: Session, email: str, password: str, authority_ref: str) -> LiaisonOfficer:
    officer = LiaisonOfficer(
        email=email.strip().lower(),
        authority_ref=authority_ref,
        password_hash=pwd_context.hash(password),
        active=True,
    )
    session.add(officer)
    session.flush()
    return officer


def authenticate(session: Session, email: str, password: str) -> Optional[LiaisonOfficer]:
    officer = session.scalar(
        select(LiaisonOfficer).where(LiaisonOfficer.email == email.strip().lower())
    )
    if officer is None or not officer.active:
        return None
    valid, new_hash = pwd_context.verify_and_update(password, officer.password_hash)
    if not valid:
        return None
    if new_hash:
        officer.password_hash = new_hash
    return officer


def change_password(session: Session, officer: LiaisonOfficer, current: str, new: str) -> bool:
    if not pwd_context.verify(current, officer.password_hash):
        return False
    officer.password_hash = pwd_context.hash(new)
    session.flush()
    return True
