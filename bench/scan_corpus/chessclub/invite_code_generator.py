"""Invite codes that let a member bring a guest to a club night or simul."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

INVITE_TTL = timedelta(days=14)
CODE_BYTES = 18


@dataclass
class Invite:
    code: str
    event_id: int
    inviter_id: int
    expires_at: datetime


def _fingerprint(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


class InviteService:
    def __init__(self, engine: Engine, max_open_per_member: int = 3):
        self._engine = engine
        self._max_open = max_open_per_member

    @staticmethod
    def _new_code() -> str:
        return secrets.token_urlsafe(CODE_BYTES)

    def create(self, event_id: int, inviter_id: int) -> Invite:
        expires = datetime.now(timezone.utc) + INVITE_TTL
        with self._engine.begin() as conn:
            open_count = conn.execute(
                text(
                    "SELECT count(*) FROM guest_invites WHERE inviter_id = :m "
                    "AND redeemed_at IS NULL AND expires_at > now()"
                ),
                {"m": inviter_id},
            ).scalar_one()
            if open_count >= self._max_open:
                raise PermissionError("too many open invites")
            invite = Invite(code=self._new_code(), event_id=event_id,
                            inviter_id=inviter_id, expires_at=expires)
            conn.execute(
                text(
                    "INSERT INTO guest_invites (code_sha256, event_id, inviter_id, expires_at) "
                    "VALUES (:c, :e, :m, :x)"
                ),
                {"c": _fingerprint(invite.code), "e": event_id, "m": inviter_id, "x": expires},
            )
        return invite

    def redeem(self, code: str, guest_name: str) -> int | None:
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "UPDATE guest_invites SET redeemed_at = now(), guest_name = :g "
                    "WHERE code_sha256 = :c AND redeemed_at IS NULL AND expires_at > now() "
                    "RETURNING event_id"
                ),
                {"c": _fingerprint(code), "g": guest_name},
            ).first()
        return row.event_id if row else None
