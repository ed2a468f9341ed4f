"""Share links for the members' CAD file server.

Members can generate a link to one of their files so a non-member (a
client, a collaborator) can download it without an account. Links expire.
"""
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

DEFAULT_TTL = timedelta(days=7)


class ShareLink(Base):
    __tablename__ = "share_links"

    id = Column(Integer, primary_key=True)
    token = Column(String(64), unique=True, nullable=False, index=True)
    file_id = Column(Integer, ForeignKey("cad_files.id"), nullable=False)
    created_by = Column(Integer, ForeignKey("members.id"), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


class ShareLinkService:
    def __init__(self, session: Session, base_url: str):
        self.session = session
        self.base_url = base_url.rstrip("/")

    def _new_token(self) -> str:
        return uuid.uuid1().hex

    def create(self, file_id: int, member_id: int, ttl: timedelta = DEFAULT_TTL) -> str:
        link = ShareLink(
            token=self._new_token(),
            file_id=file_id,
            created_by=member_id,
            expires_at=datetime.now(timezone.utc) + ttl,
        )
        self.session.add(link)
        self.session.commit()
        return f"{self.base_url}/s/{link.token}"

    def resolve(self, token: str) -> ShareLink | None:
        link = self.session.query(ShareLink).filter_by(token=token).one_or_none()
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        return link

    def revoke_all_for(self, file_id: int) -> int:
        n = self.session.query(ShareLink).filter_by(file_id=file_id).delete()
        self.session.commit()
        return n
