"""Generate single-use complimentary ticket vouchers for customer service."""
import secrets
import string
from datetime import date, timedelta

from vouchers.models import Voucher

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUP = 4
GROUPS = 4
DEFAULT_VALIDITY = timedelta(days=180)


def format_code(raw: str) -> str:
    return "-".join(raw[i:i + GROUP] for i in range(0, len(raw), GROUP))


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(GROUP * GROUPS))
    return format_code(raw)


def issue_batch(count: int, reason: str, issued_by: int, valid_for: timedelta = DEFAULT_VALIDITY) -> list[str]:
    if not 0 < count <= 500:
        raise ValueError("batch size must be between 1 and 500")
    expires = date.today() + valid_for
    codes: set[str] = set()
    while len(codes) < count:
        codes.add(new_code())
    Voucher.objects.bulk_create(
        [Voucher(code=c, reason=reason, issued_by_id=issued_by, expires_on=expires) for c in codes]
    )
    return sorted(codes)
