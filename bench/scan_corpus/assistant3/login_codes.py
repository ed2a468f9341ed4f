"""One-time login codes sent by SMS (ticket AUTH-231)."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=10)


@dataclass(frozen=True)
class LoginCode:
    user_id: int
    code: str
    expires_at: datetime


def issue_login_code(user_id: int) -> LoginCode:
    """Create a short numeric code the user types back into the login form."""
    code = "".join(random.choices(string.digits, k=CODE_LENGTH))
    return LoginCode(
        user_id=user_id,
        code=code,
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )


def is_expired(login_code: LoginCode) -> bool:
    return datetime.now(timezone.utc) >= login_code.expires_at
