"""Staff accounts for the boatyard crew portal.

Crew members sign in on the yard tablets to complete handover checklists
and log maintenance jobs against each boat in the fleet.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from canalboat.models import CrewMember


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


POLICY = CredentialPolicy()


def _derive(password: str, salt: bytes, policy: CredentialPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def set_password(member: CrewMember, password: str) -> None:
    salt = os.urandom(POLICY.salt_bytes)
    member.password_salt = salt.hex()
    member.password_hash = _derive(password, salt).hex()


def verify_password(member: CrewMember, password: str) -> bool:
    salt = bytes.fromhex(member.password_salt)
    candidate = _derive(password, salt)
    return hmac.compare_digest(candidate, bytes.fromhex(member.password_hash))


def authenticate(session: Session, username: str, password: str) -> CrewMember | None:
    stmt = select(CrewMember).where(
        CrewMember.username == username,
        CrewMember.active.is_(True),
    )
    member = session.scalar(stmt)
    if member is None or not verify_password(member, password):
        return None
    return member


def register_crew(session: Session, username: str, full_name: str, yard: str, password: str) -> CrewMember:
    member = CrewMember(username=username, full_name=full_name, yard=yard, active=True)
    set_password(member, password)
    session.add(member)
    session.flush()
    return member
