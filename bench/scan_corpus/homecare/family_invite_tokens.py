"""Invitation links for the family portal.

Coordinators invite a client's relatives by email. The link carries a
single-use token; only a hash of the token is kept in the database.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from sqlalchemy import text
from sqlalchemy.engine import Engine

TOKEN_BYTES = 32
INVITE_TTL = timedelta(days=7)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass
class InviteLink:
    url: str
    expires_at: datetime


class FamilyInviteService:
    def __init__(self, engine: Engine, portal_base_url: str):
        self.engine = engine
        self.portal_base_url = portal_base_url.rstrip("/")

    def create(self, client_id: int, email: str, relationship: str, invited_by: int) -> InviteLink:
        token = secrets.token_urlsafe(TOKEN_BYTES)
        expires_at = datetime.now(timezone.utc) + INVITE_TTL
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO family_invites "
                    "(client_id, email, relationship, token_hash, expires_at, invited_by) "
                    "VALUES (:client_id, :email, :relationship, :token_hash, :expires_at, :invited_by)"
                ),
                {
                    "client_id": client_id,
                    "email": email.strip().lower(),
                    "relationship": relationship,
                    "token_hash": _token_hash(token),
                    "expires_at": expires_at,
                    "invited_by": invited_by,
                },
            )
        url = f"{self.portal_base_url}/join?{urlencode({'t': token})}"
        return InviteLink(url=url, expires_at=expires_at)

    def redeem(self, token: str) -> int | None:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "UPDATE family_invites SET used_at = now() "
                    "WHERE token_hash = :token_hash AND used_at IS NULL AND expires_at > now() "
                    "RETURNING client_id"
                ),
                {"token_hash": _token_hash(token)},
            ).fetchone()
        return row[0] if row else None
