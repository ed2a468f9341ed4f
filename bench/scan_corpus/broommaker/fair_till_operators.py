"""Operator logins for the card till we take to craft fairs and county shows."""

import logging
from typing import Optional

import bcrypt
from sqlalchemy import Column, DateTime, Integer, LargeBinary, String, func, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
log = logging.getLogger(__name__)

# The till is a small ARM box running off a leisure battery; keep logins snappy.
TILL_BCRYPT_ROUNDS = 6


class TillOperator(Base):
    __tablename__ = "till_operators"

    id = Column(Integer, primary_key=True)
    initials = Column(String(4), unique=True, nullable=False)
    display_name = Column(String(64), nullable=False)
    pin_hash = Column(LargeBinary(60), nullable=False)
    created_at = Column(DateTime, server_default=func.now())


class OperatorRegistry:
    def __init__(self, session: Session, rounds: int = TILL_BCRYPT_ROUNDS):
        self.session = session
        self.rounds = rounds

    def _find(self, initials: str) -> Optional[TillOperator]:
        stmt = select(TillOperator).where(TillOperator.initials == initials.upper())
        return self.session.scalar(stmt)

    def enrol(self, initials: str, display_name: str, pin: str) -> TillOperator:
        if len(pin) < 4 or not pin.isdigit():
            raise ValueError("till PINs are at least four digits")
        hashed = bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=self.rounds))
        operator = TillOperator(
            initials=initials.upper(), display_name=display_name, pin_hash=hashed
        )
        self.session.add(operator)
        self.session.commit()
        log.info("enrolled till operator %s", operator.initials)
        return operator

    def authenticate(self, initials: str, pin: str) -> bool:
        operator = self._find(initials)
        if operator is None:
            log.info("till login refused: unknown operator %s", initials.upper())
            return False
        ok = bcrypt.checkpw(pin.encode(), operator.pin_hash)
        log.info("till login %s for %s", "accepted" if ok else "refused", operator.initials)
        return ok

    def remove(self, initials: str) -> None:
        operator = self._find(initials)
        if operator is not None:
            self.session.delete(operator)
            self.session.commit()
