"""Collection passwords and door codes for authorised pick-up.

Parents can nominate a one-off collector in the app. The collector gets a
short numeric code by SMS and a longer reference that appears on the
nominee card in the room.
"""
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CODE_DIGITS = 6
REFERENCE_ALPHABET = string.ascii_uppercase + string.digits
REFERENCE_LENGTH = 10
DEFAULT_TTL = timedelta(hours=12)


@dataclass(frozen=True)
class CollectionGrant:
    child_id: int
    collector_name: str
    code: str
    reference: str
    expires_at: datetime


def _numeric_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


def _reference(length: int = REFERENCE_LENGTH) -> str:
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(length))


def grant_collection(child_id: int, collector_name: str, ttl: timedelta = DEFAULT_TTL) -> CollectionGrant:
    return CollectionGrant(
        child_id=child_id,
        collector_name=collector_name.strip(),
        code=_numeric_code(),
        reference=_reference(),
        expires_at=datetime.now(timezone.utc) + ttl,
    )
