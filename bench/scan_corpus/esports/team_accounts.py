"""Team account credential handling for the tournament portal.

Captains create a team account and invite players; each account has its own
login used for check-in and roster changes.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass
class TeamAccount:
    team_id: int
    login: str
    password_salt: str
    password_digest: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def _digest(password: str, salt: str) -> str:
    return hl.sha256((salt + password).encode("utf-8")).hexdigest()


def create_account(team_id: int, login: str, password: str) -> TeamAccount:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = secrets.token_hex(16)
    return TeamAccount(
        team_id=team_id,
        login=login.strip().lower(),
        password_salt=salt,
        password_digest=_digest(password, salt),
    )


def check_password(account: TeamAccount, candidate: str) -> bool:
    expected = _digest(candidate, account.password_salt)
    return hmac.compare_digest(expected, account.password_digest)


def rotate_password(account: TeamAccount, old: str, new: str) -> TeamAccount:
    if not check_password(account, old):
        raise PermissionError("current password does not match")
    fresh = create_account(account.team_id, account.login, new)
    fresh.created_at = account.created_at
    return fresh
