"""One-time links sent to reporters asking for follow-up information on their case."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class FollowUpLink(Base):
    __tablename__ = "followup_link"

    id = Column(Integer, primary_key=True)
    case_number = Column(String(20), nullable=False, index=True)
    token_sha256 = Column(String(64), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True))


class LinkIssuer:
    token_bytes = 32
    validity = timedelta(days=21)

    def __init__(self, portal_base: str) -> None:
        self.portal_base = portal_base.rstrip("/")

    @staticmethod
    def _fingerprint(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def _new_token(self) -> str:
        return secrets.token_hex(self.token_bytes)

    def issue(self, db: Session, case_number: str) -> str:
        token = self._new_token()
        db.add(
            FollowUpLink(
                case_number=case_number,
                token_sha256=self._fingerprint(token),
                expires_at=datetime.now(timezone.utc) + self.validity,
            )
        )
        db.commit()
        return f"{self.portal_base}/follow-up/{token}"

    def redeem(self, db: Session, token: str) -> str | None:
        link = (
            db.query(FollowUpLink)
            .filter(FollowUpLink.token_sha256 == self._fingerprint(token))
            .one_or_none()
        )
        now = datetime.now(timezone.utc)
        if link is None or link.used_at is not None or link.expires_at < now:
            return None
        link.used_at = now
        db.commit()
        return link.case_number
