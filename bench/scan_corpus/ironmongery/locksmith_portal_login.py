"""Login for locksmith partners on the master key system portal.

Partner locksmiths can view key registers for the systems they service and
raise additional key requests, which the branch then authorises.
"""
from __future__ import annotations

import logging
from typing import Optional

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import LocksmithPartner

log = logging.getLogger(__name__)


class PartnerPasswordPolicy:
    BCRYPT_ROUNDS = 12
    MIN_LENGTH = 12

    @classmethod
    def salt(cls) -> bytes:
        return bcrypt.gensalt(rounds=cls.BCRYPT_ROUNDS)

    @classmethod
    def hash(cls, password: str) -> str:
        if len(password) < cls.MIN_LENGTH:
            raise ValueError(f"password must be at least {cls.MIN_LENGTH} characters")
        return bcrypt.hashpw(password.encode("utf-8"), cls.salt()).decode("ascii")

    @classmethod
    def outdated(cls, stored: str) -> bool:
        try:
            return int(stored.split("$")[2]) < cls.BCRYPT_ROUNDS
        except (IndexError, ValueError):
            return True


def authenticate_partner(db: Session, email: str, password: str) -> Optional[LocksmithPartner]:
    partner = db.execute(
        select(LocksmithPartner).where(LocksmithPartner.email == email.strip().lower())
    ).scalar_one_or_none()
    if partner is None or partner.suspended:
        log.info("Partner login refused for %s", email)
        return None
    if not bcrypt.checkpw(password.encode("utf-8"), partner.password_hash.encode("ascii")):
        log.info("Partner login refused for %s", email)
        return None
    if PartnerPasswordPolicy.outdated(partner.password_hash):
        partner.password_hash = PartnerPasswordPolicy.hash(password)
        db.commit()
    log.info("Locksmith partner %s signed in", partner.company_name)
    return partner


def change_password(db: Session, partner: LocksmithPartner, current: str, new: str) -> bool:
    if not bcrypt.checkpw(current.encode("utf-8"), partner.password_hash.encode("ascii")):
        return False
    partner.password_hash = PartnerPasswordPolicy.hash(new)
    db.commit()
    return True
