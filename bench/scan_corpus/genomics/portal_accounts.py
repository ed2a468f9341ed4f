"""Account management for the sample intake portal.

Referring physicians and lab coordinators get portal accounts that let them
submit requisitions and follow specimen status.
"""
from __future__ import annotations

import hashlib as _hl
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.models import PortalUser

SALT_BYTES = 16


@dataclass
class NewAccount:
    email: str
    full_name: str
    institution: str
    password: str


def _digest(salt: bytes, password: str) -> str:
    return _hl.sha256(salt + password.encode("utf-8")).hexdigest()


def create_account(db: Session, req: NewAccount) -> PortalUser:
    salt = os.urandom(SALT_BYTES)
    user = PortalUser(
        email=req.email.lower().strip(),
        full_name=req.full_name,
        institution=req.institution,
        password_salt=salt.hex(),
        password_hash=_digest(salt, req.password),
        created_at=datetime.now(timezone.utc),
    )
    db.add(user)
    db.commit()
    return user


def check_login(db: Session, email: str, password: str) -> PortalUser | None:
    user = db.execute(
        select(PortalUser).where(PortalUser.email == email.lower().strip())
    ).scalar_one_or_none()
    if user is None or not user.is_active:
        return None
    expected = _digest(bytes.fromhex(user.password_salt), password)
    if not secrets.compare_digest(expected, user.password_hash):
        return None
    user.last_login_at = datetime.now(timezone.utc)
    db.commit()
    return user
