"""Invitations that let a landlord add a tenant to a property on the customer portal."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from hashlib import sha256

from sqlalchemy import text
from sqlalchemy.engine import Engine

INVITE_TTL = timedelta(days=7)


@dataclass
class Invite:
    property_id: int
    email: str
    invited_by: int
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + INVITE_TTL
    )


class InviteService:
    def __init__(self, engine: Engine, portal_url: str):
        self._engine = engine
        self._portal_url = portal_url.rstrip("/")

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(32)

    @staticmethod
    def _lookup_key(token: str) -> str:
        return sha256(token.encode("ascii")).hexdigest()

    def create(self, invite: Invite) -> str:
        token = self._new_token()
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO portal_invites (id, property_id, email, invited_by, "
                    "token_sha256, expires_at) VALUES (:id, :pid, :email, :by, :tok, :exp)"
                ),
                {
                    "id": invite.id,
                    "pid": invite.property_id,
                    "email": invite.email.lower(),
                    "by": invite.invited_by,
                    "tok": self._lookup_key(token),
                    "exp": invite.expires_at,
                },
            )
        return f"{self._portal_url}/invites/accept?token={token}"

    def accept(self, token: str, user_id: int):
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "DELETE FROM portal_invites WHERE token_sha256 = :tok AND expires_at > now() "
                    "RETURNING property_id"
                ),
                {"tok": self._lookup_key(token)},
            ).first()
            if row is None:
                return None
            conn.execute(
                text("INSERT INTO property_members (property_id, user_id) VALUES (:p, :u)"),
                {"p": row.property_id, "u": user_id},
            )
        return row.property_id
