"""Invitation links for new workshop and shop staff.

An admin invites a new colleague by e-mail; the link lets them choose a
password once. Only a hash of the invite token is stored.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import Optional

import psycopg

INVITE_TTL = dt.timedelta(days=3)


@dataclass
class Invite:
    email: str
    role: str
    token: str
    expires_at: dt.datetime


class StaffInviteService:
    def __init__(self, conn: psycopg.Connection, public_base_url: str) -> None:
        self._conn = conn
        self._base = public_base_url.rstrip("/")

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(32)

    @staticmethod
    def _token_hash(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def create(self, email: str, role: str, invited_by: int) -> Invite:
        invite = Invite(
            email=email.strip().lower(),
            role=role,
            token=self._new_token(),
            expires_at=dt.datetime.now(dt.timezone.utc) + INVITE_TTL,
        )
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO staff_invites (email, role, token_hash, expires_at, invited_by)"
                " VALUES (%s, %s, %s, %s, %s)",
                (invite.email, invite.role, self._token_hash(invite.token), invite.expires_at, invited_by),
            )
        self._conn.commit()
        return invite

    def link_for(self, invite: Invite) -> str:
        return f"{self._base}/staff/join/{invite.token}"

    def redeem(self, token: str) -> Optional[tuple[str, str]]:
        with self._conn.cursor() as cur:
            cur.execute(
                "DELETE FROM staff_invites WHERE token_hash = %s AND expires_at > now()"
                " RETURNING email, role",
                (self._token_hash(token),),
            )
            row = cur.fetchone()
        self._conn.commit()
        return None if row is None else (row[0], row[1])
