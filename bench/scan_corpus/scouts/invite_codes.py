"""Short invite codes for linking parents to young people in the portal."""

import secrets
import string
from datetime import datetime, timedelta, timezone

from portal.models import ParentInvite

# Drop easily-confused characters; codes get read out over the phone.
ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1L")
CODE_LENGTH = 10
INVITE_TTL = timedelta(days=14)


def new_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def format_code(code: str) -> str:
    return "-".join(code[i : i + 5] for i in range(0, len(code), 5))


def create_invite(youth_id: int, email: str, created_by_id: int) -> ParentInvite:
    return ParentInvite.objects.create(
        youth_id=youth_id,
        email=email.strip().lower(),
        code=new_code(),
        created_by_id=created_by_id,
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
