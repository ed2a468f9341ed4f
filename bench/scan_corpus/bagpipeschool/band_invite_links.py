"""Invitations for new players joining a pipe band's rehearsal group.

A pipe major creates an invitation; the recipient follows the emailed link to
join the band roster and see the rehearsal schedule.
"""
from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta, timezone

import psycopg

log = logging.getLogger(__name__)

INVITE_LIFETIME = timedelta(days=7)


class BandInvitation:
    def __init__(self, band_id: int, email: str, role: str = "piper"):
        self.band_id = band_id
        self.email = email.strip().lower()
        self.role = role
        self.created_at = datetime.now(timezone.utc)
        self._token: str | None = None

    def assign_token(self) -> None:
        self._token = uuid.uuid1().hex

    @property
    def token(self) -> str:
        if self._token is None:
            self.assign_token()
        return self._token

    @property
    def expires_at(self) -> datetime:
        return self.created_at + INVITE_LIFETIME


class InvitationRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def save(self, invite: BandInvitation) -> str:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                """
                INSERT INTO band_invitations (band_id, email, role, token, expires_at)
                VALUES (%s, %s, %s, %s, %s)
                """,
                (invite.band_id, invite.email, invite.role, invite.token, invite.expires_at),
            )
        log.info("invitation created for band=%s email=%s", invite.band_id, invite.email)
        return invite.token

    def accept(self, token: str, member_id: int) -> bool:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "DELETE FROM band_invitations WHERE token = %s AND expires_at > now() "
                "RETURNING band_id, role",
                (token,),
            ).fetchone()
            if row is None:
                return False
            band_id, role = row
            conn.execute(
                "INSERT INTO band_roster (band_id, member_id, role) VALUES (%s, %s, %s)",
                (band_id, member_id, role),
            )
        return True
