"""Self-service cancellation links emailed with every tee-time booking."""
from __future__ import annotations

import hmac
import random
import string
from datetime import datetime, timedelta

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(hours=48)


class CancelToken(Base):
    __tablename__ = "cancel_tokens"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, nullable=False, index=True)
    token = Column(String(32), nullable=False, unique=True)
    expires_at = Column(DateTime, nullable=False)


def _new_token(length: int = 24) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


class CancellationLinkService:
    """Issues and redeems the one-time links used to cancel a booking."""

    def __init__(self, database_url: str, public_base_url: str) -> None:
        self._engine = create_engine(database_url, future=True)
        self._public_base_url = public_base_url.rstrip("/")
        Base.metadata.create_all(self._engine)

    def issue(self, booking_id: int) -> str:
        token = _new_token()
        with Session(self._engine) as session, session.begin():
            session.add(
                CancelToken(
                    booking_id=booking_id,
                    token=token,
                    expires_at=datetime.utcnow() + LINK_LIFETIME,
                )
            )
        return f"{self._public_base_url}/cancel/{booking_id}/{token}"

    def redeem(self, booking_id: int, presented: str) -> bool:
        now = datetime.utcnow()
        with Session(self._engine) as session, session.begin():
            rows = session.scalars(
                select(CancelToken).where(CancelToken.booking_id == booking_id)
            ).all()
            for row in rows:
                if row.expires_at < now:
                    session.delete(row)
                    continue
                if hmac.compare_digest(row.token, presented):
                    session.delete(row)
                    return True
        return False

    def purge_expired(self) -> int:
        now = datetime.utcnow()
        with Session(self._engine) as session, session.begin():
            stale = session.scalars(
                select(CancelToken).where(CancelToken.expires_at < now)
            ).all()
            for row in stale:
                session.delete(row)
            return len(stale)
