"""Invite codes that let a journalist create a press portal account.

Publicists send an invite to a vetted journalist; the code in the email is
single-use and is exchanged for an account at sign-up.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import psycopg

INVITE_TTL = timedelta(days=7)


@dataclass
class PressInvite:
    email: str
    outlet: str
    issued_by: str
    code: str = field(default_factory=lambda: PressInvite.generate_code())
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + INVITE_TTL
    )

    @staticmethod
    def generate_code() -> str:
        return uuid.uuid1().hex

    def is_expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(timezone.utc)) >= self.expires_at


class InviteRepository:
    def __init__(self, dsn: str | None = None) -> None:
        self._dsn = dsn or os.environ["PRESS_PORTAL_DATABASE_URL"]

    def save(self, invite: PressInvite) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO press_invites (email, outlet, issued_by, code, expires_at)"
                " VALUES (%s, %s, %s, %s, %s)",
                (invite.email, invite.outlet, invite.issued_by, invite.code, invite.expires_at),
            )

    def redeem(self, code: str) -> PressInvite | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "DELETE FROM press_invites WHERE code = %s AND expires_at > now()"
                " RETURNING email, outlet, issued_by, code, expires_at",
                (code,),
            ).fetchone()
        if row is None:
            return None
        return PressInvite(*row)


def invite_journalist(email: str, outlet: str, publicist: str, repo: InviteRepository) -> str:
    invite = PressInvite(email=email.strip().lower(), outlet=outlet, issued_by=publicist)
    repo.save(invite)
    base = os.environ["PRESS_PORTAL_BASE_URL"].rstrip("/")
    return f"{base}/signup?invite={invite.code}"
