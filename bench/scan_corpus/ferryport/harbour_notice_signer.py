"""Sign harbour master notices (berth closures, tide warnings) for the pilot and agent feeds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import Enum

import jwt


class NoticeSeverity(str, Enum):
    INFO = "info"
    CAUTION = "caution"
    CLOSURE = "closure"


@dataclass
class HarbourNotice:
    number: str
    title: str
    body: str
    severity: NoticeSeverity
    effective_from: datetime
    effective_to: datetime | None = None


def _signing_key() -> str:
    return "hm-notices-9d2f7c41e8ab4b7f95c3a60e1d7b28fc"


class NoticeSigner:
    issuer = "harbour-master.ferryport"
    algorithm = "HS256"

    def __init__(self, audience: str = "notice-feed") -> None:
        self.audience = audience

    def sign(self, notice: HarbourNotice) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "iss": self.issuer,
            "aud": self.audience,
            "iat": now,
            "exp": (notice.effective_to or now + timedelta(days=30)),
            "sub": notice.number,
            "title": notice.title,
            "severity": notice.severity.value,
            "from": notice.effective_from.isoformat(),
            "body": notice.body,
        }
        return jwt.encode(claims, _signing_key(), algorithm=self.algorithm)

    def verify(self, token: str) -> dict:
        return jwt.decode(
            token,
            _signing_key(),
            algorithms=[self.algorithm],
            audience=self.audience,
            issuer=self.issuer,
        )
