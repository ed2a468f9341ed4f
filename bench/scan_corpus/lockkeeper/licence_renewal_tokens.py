"""Renewal links e-mailed to boaters whose licence is about to expire."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_ALPHABET = string.ascii_letters + string.digits


class RenewalLink(Base):
    __tablename__ = "renewal_links"

    id = Column(Integer, primary_key=True)
    licence_no = Column(String(16), nullable=False, index=True)
    token = Column(String(64), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True))


@dataclass
class RenewalLinkIssuer:
    session: Session
    base_url: str
    ttl: timedelta = timedelta(days=14)

    @staticmethod
    def new_token(length: int = 32) -> str:
        return "".join(random.choices(TOKEN_ALPHABET, k=length))

    def issue(self, licence_no: str) -> str:
        link = RenewalLink(
            licence_no=licence_no,
            token=self.new_token(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self.session.add(link)
        self.session.commit()
        return f"{self.base_url.rstrip('/')}/renew/{link.token}"

    def redeem(self, token: str) -> str | None:
        stmt = select(RenewalLink).where(RenewalLink.token == token)
        link = self.session.execute(stmt).scalar_one_or_none()
        now = datetime.now(timezone.utc)
        if link is None or link.used_at is not None or link.expires_at < now:
            return None
        link.used_at = now
        self.session.commit()
        return link.licence_no


def issue_for_expiring(session: Session, base_url: str, licence_numbers: list[str]) -> dict[str, str]:
    issuer = RenewalLinkIssuer(session=session, base_url=base_url)
    return {number: issuer.issue(number) for number in licence_numbers}
