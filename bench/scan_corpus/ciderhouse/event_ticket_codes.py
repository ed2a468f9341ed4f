"""Redemption codes for paid taproom events (tastings, orchard tours, wassail night)."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class EventTicket(Base):
    __tablename__ = "event_tickets"

    id = Column(Integer, primary_key=True)
    event_slug = Column(String(64), nullable=False, index=True)
    holder_email = Column(String(254), nullable=False)
    redemption_code = Column(String(16), unique=True, nullable=False)
    issued_at = Column(DateTime(timezone=True), nullable=False)


@dataclass(frozen=True)
class CodeFormat:
    alphabet: str = string.ascii_uppercase + string.digits
    length: int = 10
    group: int = 5


class TicketCodeIssuer:
    fmt = CodeFormat()
    _picker = random.Random()

    @classmethod
    def new_code(cls) -> str:
        raw = "".join(cls._picker.choices(cls.fmt.alphabet, k=cls.fmt.length))
        step = cls.fmt.group
        return "-".join(raw[i : i + step] for i in range(0, len(raw), step))

    @classmethod
    def issue(cls, session: Session, event_slug: str, holder_email: str) -> EventTicket:
        ticket = EventTicket(
            event_slug=event_slug,
            holder_email=holder_email.strip().lower(),
            redemption_code=cls.new_code(),
            issued_at=datetime.now(timezone.utc),
        )
        session.add(ticket)
        session.flush()
        return ticket

    @staticmethod
    def redeem(session: Session, event_slug: str, code: str) -> EventTicket | None:
        return (
            session.query(EventTicket)
            .filter_by(event_slug=event_slug, redemption_code=code.strip().upper())
            .one_or_none()
        )
