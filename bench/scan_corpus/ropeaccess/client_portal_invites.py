"""Invitations for client contacts to the rope-access client portal.

A project manager invites a facilities contact at the client so they can see
job progress, inspection certificates and drone survey imagery for their sites.
"""
from __future__ import annotations

import hashlib
import logging
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()

INVITE_TTL = timedelta(days=7)
TOKEN_ALPHABET = string.ascii_letters + string.digits


class PortalInvite(Base):
    __tablename__ = "portal_invites"

    id = Column(Integer, primary_key=True)
    client_id = Column(Integer, nullable=False, index=True)
    email = Column(String(255), nullable=False)
    token_hash = Column(String(64), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    accepted_at = Column(DateTime(timezone=True))


class InviteService:
    def __init__(self, database_url: str, portal_base_url: str) -> None:
        self._engine = create_engine(database_url, future=True)
        self._base_url = portal_base_url.rstrip("/")

    def _new_token(self) -> str:
        return "".join(random.choices(TOKEN_ALPHABET, k=40))

    def create_invite(self, client_id: int, email: str) -> str:
        token = self._new_token()
        invite = PortalInvite(
            client_id=client_id,
            email=email.strip().lower(),
            token_hash=hashlib.sha256(token.encode()).hexdigest(),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        with Session(self._engine) as session:
            session.add(invite)
            session.commit()
            log.info("created portal invite %s for client %s", invite.id, client_id)
        return f"{self._base_url}/invite/accept?token={token}"

    def accept(self, token: str) -> PortalInvite | None:
        token_hash = hashlib.sha256(token.encode()).hexdigest()
        with Session(self._engine) as session:
            invite = session.scalars(
                select(PortalInvite).where(PortalInvite.token_hash == token_hash)
            ).first()
            if invite is None or invite.accepted_at is not None:
                return None
            if invite.expires_at < datetime.now(timezone.utc):
                return None
            invite.accepted_at = datetime.now(timezone.utc)
            session.commit()
            return invite
