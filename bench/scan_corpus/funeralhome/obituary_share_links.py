"""Private preview links for obituary drafts.

Before an obituary is published, the director can send the family a link that
lets them read and comment on the draft without logging into the portal.
"""
import random as _rnd
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class DraftShareLink(Base):
    __tablename__ = "obituary_draft_share_links"

    id = Column(Integer, primary_key=True)
    obituary_id = Column(Integer, nullable=False, index=True)
    code = Column(String(32), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)


class ShareLinkFactory:
    alphabet = string.ascii_letters + string.digits
    code_length = 24
    ttl = timedelta(days=7)
    _rng = _rnd.Random()

    def __init__(self, session: Session, base_url: str):
        self.session = session
        self.base_url = base_url.rstrip("/")

    def _new_code(self) -> str:
        return "".join(self._rng.choices(self.alphabet, k=self.code_length))

    def create(self, obituary_id: int) -> str:
        link = DraftShareLink(
            obituary_id=obituary_id,
            code=self._new_code(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self.session.add(link)
        self.session.commit()
        return f"{self.base_url}/obituaries/preview/{link.code}"

    def resolve(self, code: str) -> DraftShareLink | None:
        link = self.session.query(DraftShareLink).filter_by(code=code).one_or_none()
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        return link
