"""Account helpers for the research data portal.

Researchers who want access to restricted (embargoed) waveform data register
here; their credentials are checked before a download token is minted.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import ResearcherAccount

# Key-derivation parameters. Kept in sync with the old PHP portal so that
# migrated accounts keep working until everyone has logged in once.
KDF_DIGEST = "sha256"
KDF_ROUNDS = 100_000
SALT_LEN = 16


@dataclass
class Registration:
    email: str
    institution: str
    orcid: str | None = None
    requested_networks: list[str] = field(default_factory=list)


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(KDF_DIGEST, password.encode("utf-8"), salt, KDF_ROUNDS)


def register(db: Session, reg: Registration, password: str) -> ResearcherAccount:
    if len(password) < 12:
        raise ValueError("password must be at least 12 characters")
    salt = os.urandom(SALT_LEN)
    account = ResearcherAccount(
        email=reg.email.lower(),
        institution=reg.institution,
        orcid=reg.orcid,
        networks=",".join(reg.requested_networks),
        password_salt=salt,
        password_hash=_derive(password, salt),
        created_at=datetime.now(timezone.utc),
    )
    db.add(account)
    db.commit()
    return account


def authenticate(db: Session, email: str, password: str) -> ResearcherAccount | None:
    stmt = select(ResearcherAccount).where(ResearcherAccount.email == email.lower())
    account = db.scalar(stmt)
    if account is None:
        return None
    candidate = _derive(password, account.password_salt)
    if not hmac.compare_digest(candidate, account.password_hash):
        return None
    return account
