"""Invitations for family and associate members.

A full member can invite a spouse or child as an associate member. The
invitee receives a link containing a one-time token that expires in a week.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

INVITE_TTL = timedelta(days=7)


@dataclass(frozen=True)
class Invite:
    token: str
    expires_at: datetime


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class InviteService:
    def __init__(self, engine: Engine, site_url: str) -> None:
        self.engine = engine
        self.site_url = site_url.rstrip("/")

    def create(self, inviter_id: int, invitee_email: str) -> str:
        invite = Invite(
            token=secrets.token_urlsafe(32),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO member_invites (inviter_id, email, token_hash, expires_at)"
                    " VALUES (:inviter, :email, :digest, :expires)"
                ),
                {
                    "inviter": inviter_id,
                    "email": invitee_email.strip().lower(),
                    "digest": _token_digest(invite.token),
                    "expires": invite.expires_at,
                },
            )
        return f"{self.site_url}/join/associate?token={invite.token}"

    def redeem(self, token: str) -> tuple[int, str] | None:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "UPDATE member_invites SET redeemed_at = now()"
                    " WHERE token_hash = :digest AND redeemed_at IS NULL AND expires_at > now()"
                    " RETURNING inviter_id, email"
                ),
                {"digest": _token_digest(token)},
            ).first()
        return (row.inviter_id, row.email) if row else None
