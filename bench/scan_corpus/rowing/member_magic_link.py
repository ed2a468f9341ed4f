"""Passwordless sign-in links for junior parents and guest coaches."""

import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import DateTime, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class SignInLink(Base):
    __tablename__ = "sign_in_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    token: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


LINK_LIFETIME = timedelta(minutes=15)


class MagicLinkError(Exception):
    pass


def issue_link(db: Session, member_id: int, base_url: str) -> str:
    link = SignInLink(
        member_id=member_id,
        token=secrets.token_urlsafe(32),
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.add(link)
    db.commit()
    return f"{base_url.rstrip('/')}/signin/{link.id}/{link.token}"


def _load_link(db: Session, link_id: int) -> SignInLink:
    link = db.scalars(select(SignInLink).where(SignInLink.id == link_id)).first()
    if link is None:
        raise MagicLinkError("link not found")
    return link


def redeem_link(db: Session, link_id: int, presented: str) -> int:
    """Validate a sign-in link and return the member id it belongs to."""
    link = _load_link(db, link_id)
    if link.used_at is not None:
        raise MagicLinkError("link already used")
    if link.expires_at < datetime.now(timezone.utc):
        raise MagicLinkError("link expired")
    if link.token != presented:
        raise MagicLinkError("link not valid")
    link.used_at = datetime.now(timezone.utc)
    db.commit()
    return link.member_id
