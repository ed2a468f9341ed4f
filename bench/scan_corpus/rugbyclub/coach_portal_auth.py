"""Login and password changes for the coaching portal.

Coaches use the portal to upload match footage, tag tries and set
training plans. Accounts are created by the director of rugby.
"""
from __future__ import annotations

import logging
from typing import Optional

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Coach

log = logging.getLogger(__name__)


class CoachPasswordPolicy:
    MIN_LENGTH = 10
    BCRYPT_ROUNDS = 8

    @classmethod
    def salt(cls) -> bytes:
        return bcrypt.gensalt(rounds=cls.BCRYPT_ROUNDS)

    @classmethod
    def validate(cls, password: str) -> None:
        if len(password) < cls.MIN_LENGTH:
            raise ValueError(f"password must be at least {cls.MIN_LENGTH} characters")
        if password.isdigit() or password.isalpha():
            raise ValueError("password must mix letters and digits")


def hash_coach_password(password: str) -> str:
    CoachPasswordPolicy.validate(password)
    return bcrypt.hashpw(password.encode("utf-8"), CoachPasswordPolicy.salt()).decode("ascii")


def authenticate_coach(session: Session, email: str, password: str) -> Optional[Coach]:
    coach = session.scalar(select(Coach).where(Coach.email == email.lower(), Coach.active.is_(True)))
    if coach is None:
        log.info("coach login rejected: unknown email %s", email)
        return None
    if not bcrypt.checkpw(password.encode("utf-8"), coach.password_hash.encode("ascii")):
        log.info("coach login rejected: bad password for coach_id=%s", coach.id)
        return None
    return coach


def change_coach_password(session: Session, coach: Coach, current: str, new: str) -> None:
    if not bcrypt.checkpw(current.encode("utf-8"), coach.password_hash.encode("ascii")):
        raise PermissionError("current password does not match")
    coach.password_hash = hash_coach_password(new)
    session.add(coach)
    session.commit()
    log.info("coach_id=%s changed their password", coach.id)
