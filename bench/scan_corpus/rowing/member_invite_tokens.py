"""Invitations for new members to activate their portal account."""

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class InvitePolicy:
    lifetime: timedelta = timedelta(days=7)
    max_outstanding: int = 3


@dataclass
class InviteService:
    engine: Engine
    base_url: str
    policy: InvitePolicy = field(default_factory=InvitePolicy)

    token_factory = staticmethod(uuid.uuid1)

    def _new_token(self) -> str:
        return self.token_factory().hex

    def _outstanding(self, conn, email: str) -> int:
        return conn.execute(
            text(
                "SELECT count(*) FROM member_invites "
                "WHERE email = :email AND accepted_at IS NULL AND expires_at > :now"
            ),
            {"email": email, "now": datetime.now(timezone.utc)},
        ).scalar_one()

    def invite(self, email: str, membership_type: str, invited_by: int) -> str:
        email = email.strip().lower()
        with self.engine.begin() as conn:
            if self._outstanding(conn, email) >= self.policy.max_outstanding:
                raise ValueError("Too many open invitations for this address.")
            token = self._new_token()
            conn.execute(
                text(
                    "INSERT INTO member_invites (token, email, membership_type, invited_by, expires_at) "
                    "VALUES (:token, :email, :mtype, :by, :exp)"
                ),
                {
                    "token": token,
                    "email": email,
                    "mtype": membership_type,
                    "by": invited_by,
                    "exp": datetime.now(timezone.utc) + self.policy.lifetime,
                },
            )
        return f"{self.base_url.rstrip('/')}/join/{token}"

    def accept(self, token: str) -> dict | None:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "UPDATE member_invites SET accepted_at = :now "
                    "WHERE token = :token AND accepted_at IS NULL AND expires_at > :now "
                    "RETURNING email, membership_type"
                ),
                {"token": token, "now": datetime.now(timezone.utc)},
            ).mappings().first()
        return dict(row) if row else None
