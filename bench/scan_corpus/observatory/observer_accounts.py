"""Account registration and login checks for the observer portal.

PIs and co-investigators authenticate here before they can submit
proposals, edit observing blocks or download proprietary data.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from passlib.context import CryptContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import Observer

log = logging.getLogger(__name__)

# Shared with the legacy proposal tool, which verifies the same hashes.
HASH_SETTINGS = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 6,
}

_pwd = CryptContext(**HASH_SETTINGS)


class AccountError(Exception):
    """Raised when a registration or login request cannot be honoured."""


def register_observer(db: Session, email: str, full_name: str, password: str) -> Observer:
    email = email.strip().lower()
    if db.scalar(select(Observer).where(Observer.email == email)):
        raise AccountError("an account with this e-mail already exists")
    if len(password) < 12:
        raise AccountError("password must be at least 12 characters")

    observer = Observer(
        email=email,
        full_name=full_name.strip(),
        password_hash=_pwd.hash(password),
        created_at=datetime.now(timezone.utc),
    )
    db.add(observer)
    db.commit()
    log.info("registered observer %s", email)
    return observer


def authenticate(db: Session, email: str, password: str) -> Observer | None:
    observer = db.scalar(select(Observer).where(Observer.email == email.strip().lower()))
    if observer is None or not observer.active:
        return None

    valid, new_hash = _pwd.verify_and_update(password, observer.password_hash)
    if not valid:
        return None
    if new_hash:
        # scheme settings changed since this hash was written
        observer.password_hash = new_hash
        db.commit()
    observer.last_login = datetime.now(timezone.utc)
    db.commit()
    return observer
