"""Invitations that let new walkers join an agency's team in the app."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

INVITE_ALPHABET = string.ascii_letters + string.digits
INVITE_LENGTH = 32
INVITE_TTL = timedelta(days=3)


@dataclass
class Invite:
    agency_id: int
    email: str
    token: str
    expires_at: datetime


def new_invite_token(length: int = INVITE_LENGTH, rng=random) -> str:
    return "".join(rng.choices(INVITE_ALPHABET, k=length))


class InviteService:
    def __init__(self, engine: Engine, base_url: str) -> None:
        self._engine = engine
        self._base_url = base_url.rstrip("/")

    def invite(self, agency_id: int, email: str) -> Invite:
        invite = Invite(
            agency_id=agency_id,
            email=email.strip().lower(),
            token=new_invite_token(),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO walker_invites (agency_id, email, token, expires_at)"
                    " VALUES (:agency_id, :email, :token, :expires_at)"
                ),
                invite.__dict__,
            )
        return invite

    def link_for(self, invite: Invite) -> str:
        return f"{self._base_url}/join/{invite.token}"

    def accept(self, token: str) -> int | None:
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "DELETE FROM walker_invites WHERE token = :token AND expires_at > :now"
                    " RETURNING agency_id"
                ),
                {"token": token, "now": datetime.now(timezone.utc)},
            ).first()
        return row.agency_id if row else None
