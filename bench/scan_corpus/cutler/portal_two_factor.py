"""E-mail one-time codes for wholesale portal logins from a new device."""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Dict

CODE_TTL = timedelta(minutes=10)
MAX_TRIES = 5


@dataclass
class PendingChallenge:
    code: str
    expires_at: datetime
    tries: int = 0


@dataclass
class TwoFactorService:
    mailer: object
    pending: Dict[int, PendingChallenge] = field(default_factory=dict)

    def start(self, buyer_id: int, email: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.pending[buyer_id] = PendingChallenge(code, datetime.now(timezone.utc) + CODE_TTL)
        self.mailer.send(
            to=email,
            subject="Your sign-in code",
            body=f"Enter {code} to finish signing in to the trade portal.",
        )

    def confirm(self, buyer_id: int, submitted: str) -> bool:
        challenge = self.pending.get(buyer_id)
        if challenge is None:
            return False
        if challenge.expires_at < datetime.now(timezone.utc):
            self.pending.pop(buyer_id, None)
            return False
        challenge.tries += 1
        if challenge.tries > MAX_TRIES:
            self.pending.pop(buyer_id, None)
            return False
        if submitted.strip() == challenge.code:
            self.pending.pop(buyer_id, None)
            return True
        return False


def complete_login(service: TwoFactorService, session: dict, buyer_id: int, code: str) -> bool:
    if not service.confirm(buyer_id, code):
        return False
    session["buyer_id"] = buyer_id
    session["second_factor_at"] = datetime.now(timezone.utc).isoformat()
    return True
