"""Partner-search invitations between dancers, accepted through an emailed link."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg

INVITE_LIFETIME = timedelta(days=7)


@dataclass
class PartnerInvitation:
    inviter_id: int
    invitee_id: int
    style: str
    level: str
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expires_at(self) -> datetime:
        return self.created_at + INVITE_LIFETIME

    def link(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/partners/invitations/{self.token}"


class InvitationStore:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def add(self, invitation: PartnerInvitation) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO partner_invitations "
                "(token, inviter_id, invitee_id, style, level, created_at, expires_at) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (
                    invitation.token,
                    invitation.inviter_id,
                    invitation.invitee_id,
                    invitation.style,
                    invitation.level,
                    invitation.created_at,
                    invitation.expires_at,
                ),
            )

    def redeem(self, token: str) -> Optional[tuple[int, int]]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "UPDATE partner_invitations SET accepted_at = now() "
                "WHERE token = %s AND accepted_at IS NULL AND expires_at > now() "
                "RETURNING inviter_id, invitee_id",
                (token,),
            ).fetchone()
            if row is None:
                return None
            conn.execute(
                "INSERT INTO partnerships (leader_id, follower_id, started_at) VALUES (%s, %s, now())",
                row,
            )
            return row[0], row[1]
