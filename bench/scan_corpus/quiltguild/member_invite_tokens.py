"""Invitations that let chapter leaders bring new members into the guild site."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

INVITE_TTL = timedelta(days=14)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class Invite:
    email: str
    chapter: str
    token: str
    expires_at: datetime

    @classmethod
    def new(cls, email: str, chapter: str) -> "Invite":
        return cls(
            email=email.strip().lower(),
            chapter=chapter,
            token=secrets.token_urlsafe(32),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )

    def link(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/join?invite={self.token}"


class InviteBook:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(self, email: str, chapter: str, invited_by: int) -> Invite:
        invite = Invite.new(email, chapter)
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO member_invites (email, chapter, token_digest, expires_at, invited_by) "
                    "VALUES (:email, :chapter, :digest, :expires, :by)"
                ),
                {
                    "email": invite.email,
                    "chapter": invite.chapter,
                    "digest": _digest(invite.token),
                    "expires": invite.expires_at,
                    "by": invited_by,
                },
            )
        return invite

    def claim(self, token: str) -> tuple[str, str] | None:
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "UPDATE member_invites SET claimed_at = now() "
                    "WHERE token_digest = :digest AND claimed_at IS NULL AND expires_at > now() "
                    "RETURNING email, chapter"
                ),
                {"digest": _digest(token)},
            ).first()
        return (row.email, row.chapter) if row else None
