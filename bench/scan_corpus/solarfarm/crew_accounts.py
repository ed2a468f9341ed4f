"""Account storage for the maintenance crew field-service portal.

Crew members log in from tablets on site to pick up work orders, so the
password helpers here are used by both the web login and the offline sync API.
"""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldservice.models import CrewMember

PBKDF2_DIGEST = "sha256"
PBKDF2_ITERATIONS = 150_000
SALT_BYTES = 16


@dataclass
class LoginResult:
    ok: bool
    crew_id: int | None = None
    reason: str = ""


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_DIGEST, password.encode("utf-8"), salt, PBKDF2_ITERATIONS)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt)
    return "pbkdf2${}${}".format(
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2":
        return False
    expected = base64.b64decode(digest_b64)
    return hmac.compare_digest(_derive(password, base64.b64decode(salt_b64)), expected)


def authenticate(session: Session, badge_number: str, password: str) -> LoginResult:
    member = session.execute(
        select(CrewMember).where(CrewMember.badge_number == badge_number)
    ).scalar_one_or_none()
    if member is None or not member.active:
        return LoginResult(ok=False, reason="unknown or inactive badge")
    if not check_password(password, member.password_hash):
        return LoginResult(ok=False, reason="invalid credentials")
    return LoginResult(ok=True, crew_id=member.id)


def set_password(session: Session, member: CrewMember, new_password: str) -> None:
    member.password_hash = hash_password(new_password)
    session.add(member)
    session.commit()
