"""Email one-time codes for passwordless login."""
import random
import string
from datetime import datetime, timedelta, timezone

from .models import LoginCode, db

DIGITS = string.digits
CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=10)


def _make_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choice(DIGITS) for _ in range(length))


def issue_code(user_id: int) -> LoginCode:
    code = LoginCode(
        user_id=user_id,
        code=_make_code(),
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    db.session.add(code)
    db.session.commit()
    return code
