"""Invitation links for new staff members to set their own password."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

INVITE_TTL = timedelta(days=3)


@dataclass(frozen=True)
class Invite:
    token: str
    token_sha256: str
    expires_at: datetime

    @classmethod
    def issue(cls) -> "Invite":
        token = secrets.token_urlsafe(32)
        return cls(
            token=token,
            token_sha256=hashlib.sha256(token.encode("ascii")).hexdigest(),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )

    @staticmethod
    def digest_of(token: str) -> str:
        return hashlib.sha256(token.encode("ascii", "ignore")).hexdigest()


class InviteService:
    def __init__(self, engine: Engine, mailer, portal_url: str) -> None:
        self.engine = engine
        self.mailer = mailer
        self.portal_url = portal_url.rstrip("/")

    def invite(self, staff_id: int, email: str) -> None:
        invite = Invite.issue()
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO staff_invites (staff_id, token_sha256, expires_at) "
                    "VALUES (:sid, :digest, :exp)"
                ),
                {"sid": staff_id, "digest": invite.token_sha256, "exp": invite.expires_at},
            )
        self.mailer.send(
            to=email,
            subject="Your Soapworks staff account",
            body=f"Set your password here (valid 3 days): {self.portal_url}/invite/{invite.token}",
        )

    def redeem(self, token: str) -> Optional[int]:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "UPDATE staff_invites SET used_at = now() "
                    "WHERE token_sha256 = :digest AND used_at IS NULL AND expires_at > now() "
                    "RETURNING staff_id"
                ),
                {"digest": Invite.digest_of(token)},
            ).first()
        return row.staff_id if row else None
