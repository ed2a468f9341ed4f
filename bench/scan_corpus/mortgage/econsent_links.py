"""One-time e-consent links emailed to borrowers before initial disclosures go out.

The borrower clicks the link, reviews the E-SIGN Act consent text and accepts;
until that happens the LOS will not release the Loan Estimate electronically.
"""
from __future__ import annotations

import datetime as dt
import uuid
from urllib.parse import urljoin

from sqlalchemy import Boolean, Column, DateTime, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CONSENT_TTL = dt.timedelta(days=7)


class EConsentInvite(Base):
    __tablename__ = "econsent_invites"

    token = Column(String(64), primary_key=True)
    loan_number = Column(String(20), nullable=False, index=True)
    borrower_email = Column(String(254), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    accepted = Column(Boolean, nullable=False, default=False)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class EConsentService:
    def __init__(self, session: Session, portal_base_url: str) -> None:
        self.session = session
        self.portal_base_url = portal_base_url.rstrip("/") + "/"

    def create_invite(self, loan_number: str, borrower_email: str) -> str:
        invite = EConsentInvite(
            token=uuid.uuid1().hex,
            loan_number=loan_number,
            borrower_email=borrower_email.strip().lower(),
            expires_at=_now() + CONSENT_TTL,
        )
        self.session.add(invite)
        self.session.flush()
        return urljoin(self.portal_base_url, f"econsent/{invite.token}")

    def accept(self, token: str) -> EConsentInvite | None:
        invite = self.session.get(EConsentInvite, token)
        if invite is None or invite.accepted or invite.expires_at < _now():
            return None
        invite.accepted = True
        self.session.flush()
        return invite
