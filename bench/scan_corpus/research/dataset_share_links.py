"""Share links for datasets on the research data portal.

A share link lets a PI hand a dataset to an external collaborator who has no
university account. The token in the URL is the only credential.
"""
from __future__ import annotations

import string
from datetime import datetime, timedelta, timezone
from random import choices as _pick

from sqlalchemy import DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
DEFAULT_LIFETIME = timedelta(days=14)
MAX_LIFETIME = timedelta(days=90)


class Base(DeclarativeBase):
    pass


class ShareLink(Base):
    __tablename__ = "dataset_share_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id"), index=True)
    token: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    created_by: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(default=False)


def _new_token() -> str:
    return "".join(_pick(TOKEN_ALPHABET, k=TOKEN_LENGTH))


def create_share_link(
    session: Session,
    dataset_id: int,
    created_by: str,
    lifetime: timedelta = DEFAULT_LIFETIME,
) -> ShareLink:
    if lifetime > MAX_LIFETIME:
        raise ValueError("share links may not live longer than 90 days")
    link = ShareLink(
        dataset_id=dataset_id,
        token=_new_token(),
        created_by=created_by,
        expires_at=datetime.now(timezone.utc) + lifetime,
    )
    session.add(link)
    session.flush()
    return link


def resolve_share_link(session: Session, token: str) -> ShareLink | None:
    stmt = select(ShareLink).where(ShareLink.token == token, ShareLink.revoked.is_(False))
    link = session.scalars(stmt).first()
    if link is None or link.expires_at <= datetime.now(timezone.utc):
        return None
    return link


def revoke_links_for_dataset(session: Session, dataset_id: int) -> int:
    links = session.scalars(select(ShareLink).where(ShareLink.dataset_id == dataset_id)).all()
    for link in links:
        link.revoked = True
    return len(links)
