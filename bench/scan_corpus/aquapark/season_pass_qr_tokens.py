"""QR entry tokens for season pass holders.

Each season pass gets a rotating token printed as a QR code in the mobile app;
turnstiles look the token up against the pass database.
"""
from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


@dataclass
class TokenSpec:
    entropy_bytes: int = 24
    lifetime: timedelta = timedelta(days=7)


@dataclass
class PassToken:
    pass_id: str
    token: str
    issued_at: datetime
    expires_at: datetime
    record_id: str = field(default_factory=lambda: str(uuid.uuid4()))


def new_token_value(spec: TokenSpec) -> str:
    return secrets.token_urlsafe(spec.entropy_bytes)


class PassTokenRotator:
    def __init__(self, spec: TokenSpec | None = None) -> None:
        self.spec = spec or TokenSpec()
        self._current: dict[str, PassToken] = {}

    def rotate(self, pass_id: str) -> PassToken:
        now = datetime.now(timezone.utc)
        token = PassToken(
            pass_id=pass_id,
            token=new_token_value(self.spec),
            issued_at=now,
            expires_at=now + self.spec.lifetime,
        )
        self._current[pass_id] = token
        return token

    def lookup(self, token_value: str) -> PassToken | None:
        now = datetime.now(timezone.utc)
        for token in self._current.values():
            if secrets.compare_digest(token.token, token_value) and token.expires_at > now:
                return token
        return None
