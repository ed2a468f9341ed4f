"""Invite codes that let new observers join a project on the observation portal."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


class ProjectInvite(Base):
    __tablename__ = "project_invites"

    id = Column(Integer, primary_key=True)
    project_code = Column(String(16), nullable=False, index=True)
    email = Column(String(254), nullable=False)
    code = Column(String(32), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)


def _grouped(chars: list[str], size: int = 5) -> str:
    return "-".join("".join(chars[i:i + size]) for i in range(0, len(chars), size))


def _new_code(length: int = CODE_LENGTH) -> str:
    return _grouped(random.choices(ALPHABET, k=length))


def create_invite(db: Session, project_code: str, email: str, days: int = 14) -> ProjectInvite:
    invite = ProjectInvite(
        project_code=project_code,
        email=email.lower(),
        code=_new_code(),
        expires_at=datetime.now(timezone.utc) + timedelta(days=days),
    )
    db.add(invite)
    db.commit()
    return invite


def redeem_invite(db: Session, code: str) -> ProjectInvite | None:
    invite = db.execute(select(ProjectInvite).where(ProjectInvite.code == code)).scalar_one_or_none()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return None
    db.delete(invite)
    db.commit()
    return invite
