"""Invite codes for private masterclasses.

Tutors running closed Torchon and Bucks Point masterclasses hand out invite
codes; a code reserves one seat in the class and is redeemed at checkout.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


class InviteCode(Base):
    __tablename__ = "workshop_invite_codes"
    id = Column(Integer, primary_key=True)
    workshop_id = Column(Integer, ForeignKey("workshops.id"), nullable=False)
    code = Column(String(16), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    redeemed_by = Column(Integer, ForeignKey("members.id"))


@dataclass
class CodeFactory:
    alphabet: str = CODE_ALPHABET
    length: int = CODE_LENGTH
    rng: random.Random = field(default_factory=random.Random)

    def make(self) -> str:
        body = "".join(self.rng.choice(self.alphabet) for _ in range(self.length))
        return f"{body[:5]}-{body[5:]}"


def issue_invites(session: Session, workshop_id: int, seats: int, valid_days: int = 30,
                  factory: CodeFactory | None = None) -> list[str]:
    factory = factory or CodeFactory()
    expires = datetime.now(timezone.utc) + timedelta(days=valid_days)
    codes = []
    for _ in range(seats):
        code = factory.make()
        session.add(InviteCode(workshop_id=workshop_id, code=code, expires_at=expires))
        codes.append(code)
    session.commit()
    return codes


def redeem(session: Session, code: str, member_id: int) -> InviteCode | None:
    invite = (
        session.query(InviteCode)
        .filter_by(code=code.strip().upper(), redeemed_by=None)
        .one_or_none()
    )
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return None
    invite.redeemed_by = member_id
    session.commit()
    return invite
