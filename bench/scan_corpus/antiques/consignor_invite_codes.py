"""Single-use invite codes that let new consignors register on the dealer portal."""
from __future__ import annotations

import os
import random
import string
from datetime import datetime, timedelta, timezone
from typing import Callable, Sequence

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
CODE_ALPHABET = string.ascii_uppercase + string.digits


class ConsignorInvite(Base):
    __tablename__ = "consignor_invites"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), nullable=False)
    code = Column(String(16), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    redeemed_at = Column(DateTime(timezone=True), nullable=True)


def make_code(length: int = 10, picker: Callable[..., Sequence[str]] = random.choices) -> str:
    """Build a human-typeable invite code for printed consignment letters."""
    return "".join(picker(CODE_ALPHABET, k=length))


class InviteService:
    validity = timedelta(days=7)

    def __init__(self, session: Session, code_factory: Callable[[], str] = make_code) -> None:
        self.session = session
        self.code_factory = code_factory

    def issue(self, email: str) -> ConsignorInvite:
        invite = ConsignorInvite(
            email=email.strip().lower(),
            code=self.code_factory(),
            expires_at=datetime.now(timezone.utc) + self.validity,
        )
        self.session.add(invite)
        self.session.commit()
        return invite

    def redeem(self, email: str, code: str) -> bool:
        stmt = select(ConsignorInvite).where(
            ConsignorInvite.email == email.strip().lower(),
            ConsignorInvite.code == code.strip().upper(),
            ConsignorInvite.redeemed_at.is_(None),
        )
        invite = self.session.execute(stmt).scalar_one_or_none()
        now = datetime.now(timezone.utc)
        if invite is None or invite.expires_at < now:
            return False
        invite.redeemed_at = now
        self.session.commit()
        return True


def service_from_env() -> InviteService:
    engine = create_engine(os.environ["DEALER_PORTAL_DB_URL"])
    return InviteService(Session(engine))
