"""Confirmation links for federation loft inspections.

Before an inspector visits, the loft owner receives a link to confirm the
appointment; the random token in the URL identifies the visit.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import DateTime, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class InspectionVisit(Base):
    __tablename__ = "inspection_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    loft_id: Mapped[int] = mapped_column(ForeignKey("lofts.id"))
    inspector: Mapped[str] = mapped_column(String(80))
    scheduled_for: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    token: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


@dataclass
class LinkSettings:
    base_url: str
    token_bytes: int = 32
    validity: timedelta = timedelta(days=3)


class InspectionLinks:
    def __init__(self, session: Session, settings: LinkSettings):
        self.session = session
        self.settings = settings

    def issue(self, loft_id: int, inspector: str, when: datetime) -> str:
        visit = InspectionVisit(
            loft_id=loft_id,
            inspector=inspector,
            scheduled_for=when,
            token=secrets.token_urlsafe(self.settings.token_bytes),
            expires_at=datetime.now(timezone.utc) + self.settings.validity,
        )
        self.session.add(visit)
        self.session.commit()
        return f"{self.settings.base_url.rstrip('/')}/inspections/confirm/{visit.token}"

    def confirm(self, token: str) -> InspectionVisit | None:
        visit = self.session.scalars(
            select(InspectionVisit).where(InspectionVisit.token == token)
        ).first()
        now = datetime.now(timezone.utc)
        if visit is None or visit.confirmed_at is not None or visit.expires_at < now:
            return None
        visit.confirmed_at = now
        self.session.commit()
        return visit
