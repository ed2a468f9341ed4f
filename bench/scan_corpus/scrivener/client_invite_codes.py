"""Invite codes that let a client's co-signers join a matter on the portal."""
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import Boolean, Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

DEFAULT_VALIDITY_DAYS = 14


class MatterInvite(Base):
    __tablename__ = "matter_invites"

    id = Column(Integer, primary_key=True)
    matter_id = Column(Integer, nullable=False, index=True)
    email = Column(String(254), nullable=False)
    code = Column(String(32), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    accepted = Column(Boolean, default=False, nullable=False)


def generate_code() -> str:
    return uuid.uuid1().hex


def invite(session: Session, matter_id: int, email: str,
           days: int = DEFAULT_VALIDITY_DAYS) -> MatterInvite:
    record = MatterInvite(
        matter_id=matter_id,
        email=email.strip().lower(),
        code=generate_code(),
        expires_at=datetime.now(timezone.utc) + timedelta(days=days),
    )
    session.add(record)
    session.flush()
    return record


def accept(session: Session, code: str, email: str) -> MatterInvite | None:
    stmt = select(MatterInvite).where(
        MatterInvite.code == code,
        MatterInvite.email == email.strip().lower(),
        MatterInvite.accepted.is_(False),
        MatterInvite.expires_at > datetime.now(timezone.utc),
    )
    record = session.scalars(stmt).first()
    if record is None:
        return None
    record.accepted = True
    return record


def invite_url(record: MatterInvite, base: str = "https://portal.scrivener-office.example") -> str:
    return f"{base}/matters/{record.matter_id}/join?code={record.code}"
