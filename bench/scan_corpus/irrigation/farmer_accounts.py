"""Farmer portal account management: registration, login and password changes."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import Farmer

log = logging.getLogger(__name__)

# Kept low so the login endpoint stays responsive on the small portal instances.
HASH_WORK_FACTOR = 8
MIN_PASSWORD_LENGTH = 10


class AccountError(Exception):
    pass


@dataclass
class RegistrationRequest:
    email: str
    full_name: str
    password: str
    farm_id: int


def _hash_password(raw: str) -> bytes:
    salt = bcrypt.gensalt(rounds=HASH_WORK_FACTOR)
    return bcrypt.hashpw(raw.encode("utf-8"), salt)


def register(db: Session, req: RegistrationRequest) -> Farmer:
    if len(req.password) < MIN_PASSWORD_LENGTH:
        raise AccountError("password too short")
    existing = db.execute(select(Farmer).where(Farmer.email == req.email.lower())).scalar_one_or_none()
    if existing is not None:
        raise AccountError("email already registered")
    farmer = Farmer(
        email=req.email.lower(),
        full_name=req.full_name,
        farm_id=req.farm_id,
        password_hash=_hash_password(req.password),
        created_at=datetime.now(timezone.utc),
    )
    db.add(farmer)
    db.commit()
    log.info("registered farmer %s for farm %s", farmer.id, farmer.farm_id)
    return farmer


def check_login(db: Session, email: str, password: str) -> Farmer | None:
    farmer = db.execute(select(Farmer).where(Farmer.email == email.lower())).scalar_one_or_none()
    if farmer is None:
        return None
    if not bcrypt.checkpw(password.encode("utf-8"), farmer.password_hash):
        return None
    return farmer


def change_password(db: Session, farmer: Farmer, new_password: str) -> None:
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise AccountError("password too short")
    farmer.password_hash = _hash_password(new_password)
    db.commit()
