"""Rider account creation and login for the commuter app."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from carpool.models import Rider

log = logging.getLogger(__name__)

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)


class SignupError(Exception):
    pass


@dataclass
class SignupRequest:
    email: str
    password: str
    home_zone: str
    work_zone: str
    employer_code: str | None = None


class RiderAccountService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def sign_up(self, req: SignupRequest) -> Rider:
        if len(req.password) < 10:
            raise SignupError("password must be at least 10 characters")
        rider = Rider(
            email=req.email.strip().lower(),
            password_hash=_hasher.hash(req.password),
            home_zone=req.home_zone,
            work_zone=req.work_zone,
            employer_code=req.employer_code,
        )
        self.session.add(rider)
        try:
            self.session.commit()
        except IntegrityError as exc:
            self.session.rollback()
            raise SignupError("email already registered") from exc
        log.info("rider %s signed up (home=%s work=%s)", rider.id, rider.home_zone, rider.work_zone)
        return rider

    def login(self, email: str, password: str) -> Rider | None:
        rider = self.session.scalars(select(Rider).where(Rider.email == email.strip().lower())).first()
        if rider is None:
            return None
        try:
            _hasher.verify(rider.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(rider.password_hash):
            rider.password_hash = _hasher.hash(password)
            self.session.commit()
        return rider
