"""One-time download links for approved researcher data requests."""
import datetime as dt
import random as rnd
import string

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()

_LINK_ALPHABET = string.ascii_letters + string.digits
LINK_TTL = dt.timedelta(hours=48)


class DownloadLink(Base):
    __tablename__ = "download_links"

    id = Column(Integer, primary_key=True)
    request_id = Column(Integer, nullable=False, index=True)
    code = Column(String(40), unique=True, nullable=False)
    expires_at = Column(DateTime, nullable=False)


def _make_code(length: int = 32) -> str:
    return "".join(rnd.choice(_LINK_ALPHABET) for _ in range(length))


def issue_link(session, request_id: int) -> DownloadLink:
    """Create a fresh link for an approved request and return it."""
    link = DownloadLink(
        request_id=request_id,
        code=_make_code(),
        expires_at=dt.datetime.utcnow() + LINK_TTL,
    )
    session.add(link)
    session.commit()
    return link


def resolve_link(session, code: str):
    link = session.query(DownloadLink).filter_by(code=code).one_or_none()
    if link is None or link.expires_at < dt.datetime.utcnow():
        return None
    return link
