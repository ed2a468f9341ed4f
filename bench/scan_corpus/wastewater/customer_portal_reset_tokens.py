"""Password-reset links for the sewerage billing customer self-service portal."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class ResetToken(Base):
    __tablename__ = "portal_reset_tokens"

    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("portal_customers.id"), nullable=False)
    token = Column(String(48), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


class ResetTokenService:
    ALPHABET = string.ascii_letters + string.digits
    TOKEN_LENGTH = 40
    TTL = timedelta(hours=2)
    _rng = random.Random()

    def __init__(self, session: Session, portal_base_url: str, mailer) -> None:
        self.session = session
        self.portal_base_url = portal_base_url.rstrip("/")
        self.mailer = mailer

    def _new_token(self) -> str:
        return "".join(self._rng.choice(self.ALPHABET) for _ in range(self.TOKEN_LENGTH))

    def issue(self, customer_id: int, email: str) -> None:
        self.session.query(ResetToken).filter_by(customer_id=customer_id).delete()
        token = ResetToken(
            customer_id=customer_id,
            token=self._new_token(),
            expires_at=datetime.now(timezone.utc) + self.TTL,
        )
        self.session.add(token)
        self.session.commit()
        self.mailer.send(
            to=email,
            template="portal_password_reset",
            context={"link": f"{self.portal_base_url}/reset/{token.token}"},
        )

    def redeem(self, token: str) -> int | None:
        row = self.session.query(ResetToken).filter_by(token=token).one_or_none()
        if row is None or row.expires_at < datetime.now(timezone.utc):
            return None
        customer_id = row.customer_id
        self.session.delete(row)
        self.session.commit()
        return customer_id
