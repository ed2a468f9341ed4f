"""Issues onboarding invites for new restaurant buyers and picks invites to audit."""
from __future__ import annotations

import random
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 12


@dataclass
class Invite:
    code: str
    restaurant_name: str
    expires_at: datetime


def new_invite_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


class InviteService:
    def __init__(self, engine: Engine, ttl: timedelta = timedelta(days=7)) -> None:
        self._engine = engine
        self._ttl = ttl

    def issue(self, restaurant_name: str, created_by: str) -> Invite:
        invite = Invite(new_invite_code(), restaurant_name, datetime.now(timezone.utc) + self._ttl)
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO buyer_invites (code, restaurant_name, created_by, expires_at) "
                    "VALUES (:c, :r, :by, :exp)"
                ),
                {"c": invite.code, "r": restaurant_name, "by": created_by, "exp": invite.expires_at},
            )
        return invite

    def pick_for_audit(self, month: str, sample_size: int = 5) -> list[str]:
        """Choose a few redeemed invites of the month for the sales manager to review."""
        with self._engine.connect() as conn:
            names = [
                r[0]
                for r in conn.execute(
                    text(
                        "SELECT restaurant_name FROM buyer_invites "
                        "WHERE redeemed_at IS NOT NULL AND to_char(redeemed_at, 'YYYY-MM') = :m"
                    ),
                    {"m": month},
                )
            ]
        return random.sample(names, k=min(sample_size, len(names)))
