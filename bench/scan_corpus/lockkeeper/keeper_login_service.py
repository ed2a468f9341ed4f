"""Sign-in service for the volunteer lock keeper rota app."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from rota.models import Keeper

log = logging.getLogger("rota.login")

MAX_FAILED_ATTEMPTS = 5


def hash_keeper_password(password: str, rounds: int = 12) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds)).decode("ascii")


def password_matches(password: str, stored_hash: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored_hash.encode("ascii"))


@dataclass
class LoginOutcome:
    ok: bool
    keeper_id: int | None = None
    reason: str = ""


class KeeperLoginService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _find(self, email: str) -> Keeper | None:
        stmt = select(Keeper).where(Keeper.email == email.strip().lower())
        return self.session.execute(stmt).scalar_one_or_none()

    def register(self, email: str, first_name: str, password: str) -> Keeper:
        keeper = Keeper(
            email=email.strip().lower(),
            first_name=first_name,
            password_hash=hash_keeper_password(password),
            failed_attempts=0,
        )
        self.session.add(keeper)
        self.session.commit()
        return keeper

    def sign_in(self, email: str, password: str) -> LoginOutcome:
        keeper = self._find(email)
        if keeper is None:
            return LoginOutcome(False, reason="unknown email or password")
        if keeper.failed_attempts >= MAX_FAILED_ATTEMPTS:
            log.warning("sign-in blocked for locked account %s", keeper.email)
            return LoginOutcome(False, reason="account locked, ask your coordinator")
        if not password_matches(password, keeper.password_hash):
            keeper.failed_attempts += 1
            self.session.commit()
            return LoginOutcome(False, reason="unknown email or password")
        keeper.failed_attempts = 0
        keeper.last_login_at = datetime.now(timezone.utc)
        self.session.commit()
        log.info("keeper %s signed in", keeper.email)
        return LoginOutcome(True, keeper_id=keeper.id)
