"""Password handling for the shared tablets used on the grading line."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from passlib.context import CryptContext
from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()

_CONTEXT_OPTIONS = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 8,
}


class TabletOperator(Base):
    __tablename__ = "tablet_operators"

    id = Column(Integer, primary_key=True)
    badge_number = Column(String(32), unique=True, nullable=False)
    password_hash = Column(String(128), nullable=False)
    updated_at = Column(DateTime(timezone=True))


@dataclass
class LoginResult:
    ok: bool
    operator_id: int | None = None
    rehashed: bool = False


class TabletPasswordService:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._context = CryptContext(**_CONTEXT_OPTIONS)

    def set_password(self, badge_number: str, password: str) -> None:
        if len(password) < 8:
            raise ValueError("tablet passwords need at least 8 characters")
        op = self._find(badge_number)
        if op is None:
            op = TabletOperator(badge_number=badge_number)
            self._session.add(op)
        op.password_hash = self._context.hash(password)
        op.updated_at = datetime.now(timezone.utc)
        self._session.commit()
        log.info("password set for badge %s", badge_number)

    def login(self, badge_number: str, password: str) -> LoginResult:
        op = self._find(badge_number)
        if op is None:
            self._context.dummy_verify()
            return LoginResult(ok=False)
        valid, new_hash = self._context.verify_and_update(password, op.password_hash)
        if not valid:
            log.warning("rejected tablet login for badge %s", badge_number)
            return LoginResult(ok=False)
        if new_hash:
            op.password_hash = new_hash
            self._session.commit()
        return LoginResult(ok=True, operator_id=op.id, rehashed=bool(new_hash))

    def _find(self, badge_number: str) -> TabletOperator | None:
        stmt = select(TabletOperator).where(TabletOperator.badge_number == badge_number)
        return self._session.scalars(stmt).first()
