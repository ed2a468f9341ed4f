"""Partner matching: dancers looking for a partner can invite a candidate.

The invite link carries a token; whoever holds the link can accept the
pairing on behalf of the invited dancer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg

INVITE_LIFETIME = timedelta(days=7)


@dataclass
class PartnerInvite:
    inviter_id: int
    invitee_id: int
    style: str
    level: str
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expires_at(self) -> datetime:
        return self.created_at + INVITE_LIFETIME

    def accept_url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/partners/invites/{self.token}/accept"


class InviteRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def save(self, invite: PartnerInvite) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO partner_invites "
                "(token, inviter_id, invitee_id, style, level, created_at, expires_at) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (
                    invite.token,
                    invite.inviter_id,
                    invite.invitee_id,
                    invite.style,
                    invite.level,
                    invite.created_at,
                    invite.expires_at,
                ),
            )

    def accept(self, token: str) -> Optional[tuple[int, int]]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT inviter_id, invitee_id FROM partner_invites "
                "WHERE token = %s AND accepted_at IS NULL AND expires_at > now()",
                (token,),
            ).fetchone()
            if row is None:
                return None
            conn.execute(
                "UPDATE partner_invites SET accepted_at = now() WHERE token = %s",
                (token,),
            )
            conn.execute(
                "INSERT INTO partnerships (leader_id, follower_id, started_at) VALUES (%s, %s, now())",
                row,
            )
            return row[0], row[1]


def invite_partner(repo: InviteRepository, inviter_id: int, invitee_id: int, style: str, level: str) -> PartnerInvite:
    invite = PartnerInvite(inviter_id=inviter_id, invitee_id=invitee_id, style=style, level=level)
    repo.save(invite)
    return invite
