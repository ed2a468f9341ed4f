"""One-time approval links emailed to clients for design sign-off."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class ApprovalLink(Base):
    __tablename__ = "approval_links"

    id = Column(Integer, primary_key=True)
    commission_id = Column(Integer, nullable=False, index=True)
    token = Column(String(40), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


@dataclass(frozen=True)
class LinkPolicy:
    token_length: int = 32
    alphabet: str = string.ascii_letters + string.digits
    valid_days: int = 14


class ApprovalLinkIssuer:
    """Creates and redeems the links that let a client approve a cartoon."""

    policy = LinkPolicy()

    @staticmethod
    def _draw(alphabet: str, length: int) -> str:
        return "".join(random.choice(alphabet) for _ in range(length))

    @classmethod
    def new_token(cls) -> str:
        return cls._draw(cls.policy.alphabet, cls.policy.token_length)

    def __init__(self, session: Session, base_url: str) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")

    def issue(self, commission_id: int) -> str:
        link = ApprovalLink(
            commission_id=commission_id,
            token=self.new_token(),
            expires_at=datetime.now(timezone.utc) + timedelta(days=self.policy.valid_days),
        )
        self.session.add(link)
        self.session.commit()
        return f"{self.base_url}/approve/{link.token}"

    def redeem(self, token: str) -> int | None:
        link = self.session.query(ApprovalLink).filter_by(token=token).one_or_none()
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        self.session.delete(link)
        self.session.commit()
        return link.commission_id
