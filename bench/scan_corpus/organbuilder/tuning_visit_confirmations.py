"""Confirmation links for scheduled tuning visits.

Before a tuner travels out, the church warden receives an e-mail with a
link to confirm that the building will be open and the heating switched on
the evening before, so the reeds settle at service temperature.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(days=10)


class VisitConfirmation(Base):
    __tablename__ = "visit_confirmations"

    id = Column(Integer, primary_key=True)
    visit_id = Column(Integer, nullable=False, index=True)
    token = Column(String(48), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    confirmed_at = Column(DateTime(timezone=True))


def new_confirmation_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


class ConfirmationService:
    def __init__(self, database_url: str, public_base_url: str) -> None:
        self.engine = create_engine(database_url, pool_pre_ping=True)
        self.public_base_url = public_base_url.rstrip("/")

    def issue_link(self, visit_id: int) -> str:
        token = new_confirmation_token()
        record = VisitConfirmation(
            visit_id=visit_id,
            token=token,
            expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
        )
        with Session(self.engine) as session:
            session.add(record)
            session.commit()
        return f"{self.public_base_url}/visits/confirm/{token}"

    def confirm(self, token: str) -> Optional[int]:
        now = datetime.now(timezone.utc)
        with Session(self.engine) as session:
            record = session.scalars(
                select(VisitConfirmation).where(VisitConfirmation.token == token)
            ).first()
            if record is None or record.expires_at < now:
                return None
            if record.confirmed_at is None:
                record.confirmed_at = now
                session.commit()
            return record.visit_id

    def pending_for(self, visit_ids: list[int]) -> list[int]:
        with Session(self.engine) as session:
            rows = session.scalars(
                select(VisitConfirmation.visit_id)
                .where(VisitConfirmation.visit_id.in_(visit_ids))
                .where(VisitConfirmation.confirmed_at.is_(None))
            ).all()
        return sorted(set(rows))
