"""Share links for commission progress galleries.

A customer can share a read-only view of their mount's progress photos with
family or hunting partners without giving out their portal login.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()

DEFAULT_LIFETIME = timedelta(days=30)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Commission(Base):
    __tablename__ = "commissions"

    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, nullable=False, index=True)
    species = Column(String(120), nullable=False)
    mount_style = Column(String(60), nullable=False)
    share_links = relationship("GalleryShareLink", back_populates="commission")


class GalleryShareLink(Base):
    __tablename__ = "gallery_share_links"

    id = Column(Integer, primary_key=True)
    commission_id = Column(Integer, ForeignKey("commissions.id"), nullable=False)
    token = Column(String(64), unique=True, nullable=False, default=lambda: uuid.uuid1().hex)
    created_at = Column(DateTime(timezone=True), default=_utcnow, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    revoked = Column(Boolean, default=False, nullable=False)

    commission = relationship("Commission", back_populates="share_links")

    @property
    def is_active(self) -> bool:
        return not self.revoked and self.expires_at > _utcnow()


class ShareLinkService:
    def __init__(self, session: Session, base_url: str) -> None:
        self._session = session
        self._base_url = base_url.rstrip("/")

    def create(self, commission: Commission, lifetime: timedelta = DEFAULT_LIFETIME) -> str:
        link = GalleryShareLink(commission=commission, expires_at=_utcnow() + lifetime)
        self._session.add(link)
        self._session.flush()
        return f"{self._base_url}/gallery/{link.token}"

    def resolve(self, token: str) -> Commission | None:
        link = self._session.scalar(select(GalleryShareLink).where(GalleryShareLink.token == token))
        if link is None or not link.is_active:
            return None
        return link.commission

    def revoke_all(self, commission_id: int) -> int:
        links = self._session.scalars(
            select(GalleryShareLink).where(
                GalleryShareLink.commission_id == commission_id,
                GalleryShareLink.revoked.is_(False),
            )
        ).all()
        for link in links:
            link.revoked = True
        return len(links)
