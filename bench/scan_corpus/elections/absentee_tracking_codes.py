"""Tracking codes that absentee voters use to follow their mail ballot online.

The code is printed on the ballot envelope insert; only a digest is stored so a
database leak does not expose working lookup links.
"""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CODE_BYTES = 18
CODE_TTL = timedelta(days=120)


@dataclass(frozen=True)
class TrackingCode:
    ballot_id: str
    code: str
    digest: str
    expires_at: datetime


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


def issue(ballot_id: str) -> TrackingCode:
    code = secrets.token_urlsafe(CODE_BYTES)
    return TrackingCode(
        ballot_id=ballot_id,
        code=code,
        digest=_digest(code),
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )


def lookup_key(code: str) -> str:
    """Key used to find the ballot row from a code typed in by the voter."""
    return _digest(code.strip())


def short_confirmation() -> str:
    """Six-digit number read back by the call-centre agent."""
    return f"{secrets.randbelow(10**6):06d}"
