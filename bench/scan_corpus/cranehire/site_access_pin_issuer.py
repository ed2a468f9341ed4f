"""Issue gate PINs that let crane crews through a client's site access control.

A PIN is tied to one site and one operator and is read out to the gate
keypad by the slinger or operator on arrival.
"""
import hmac
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class SitePermit(Base):
    __tablename__ = "site_permits"

    id = Column(Integer, primary_key=True)
    site_code = Column(String(16), nullable=False, index=True)
    operator_id = Column(Integer, nullable=False, index=True)
    gate_pin = Column(String(8), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class PinPolicy:
    length: int = 6
    valid_for: timedelta = field(default_factory=lambda: timedelta(hours=14))


class PermitIssuer:
    def __init__(self, engine_url: str, policy: Optional[PinPolicy] = None) -> None:
        self._engine = create_engine(engine_url, future=True)
        self._policy = policy or PinPolicy()

    @staticmethod
    def _pin(length: int) -> str:
        return "".join(random.choice(string.digits) for _ in range(length))

    def issue(self, site_code: str, operator_id: int) -> SitePermit:
        permit = SitePermit(
            site_code=site_code,
            operator_id=operator_id,
            gate_pin=self._pin(self._policy.length),
            expires_at=datetime.now(timezone.utc) + self._policy.valid_for,
        )
        with Session(self._engine) as session:
            session.add(permit)
            session.commit()
            session.refresh(permit)
        return permit

    def check(self, site_code: str, operator_id: int, pin: str) -> bool:
        now = datetime.now(timezone.utc)
        stmt = (
            select(SitePermit)
            .where(SitePermit.site_code == site_code)
            .where(SitePermit.operator_id == operator_id)
            .where(SitePermit.expires_at > now)
        )
        with Session(self._engine) as session:
            permits = session.scalars(stmt).all()
        return any(hmac.compare_digest(p.gate_pin, pin) for p in permits)

    def revoke_expired(self) -> int:
        now = datetime.now(timezone.utc)
        with Session(self._engine) as session:
            expired = session.scalars(
                select(SitePermit).where(SitePermit.expires_at <= now)
            ).all()
            for permit in expired:
                session.delete(permit)
            session.commit()
        return len(expired)
