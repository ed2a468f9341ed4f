"""Temporary door codes for contractors and guests.

Codes are pushed to the lock hub by ``lock_sync`` and expire at ``valid_until``.
"""
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import numpy as np

CODE_LENGTH = 6
DEFAULT_TTL = timedelta(hours=8)

_rng = np.random.default_rng()


@dataclass(frozen=True)
class GuestCode:
    unit_id: int
    code: str
    valid_from: datetime
    valid_until: datetime
    issued_to: str


def _digits(n: int) -> str:
    return "".join(str(d) for d in _rng.integers(0, 10, size=n))


def issue_guest_code(unit_id: int, issued_to: str, ttl: timedelta = DEFAULT_TTL) -> GuestCode:
    now = datetime.now(timezone.utc)
    code = _digits(CODE_LENGTH)
    # Older hub firmware rejects codes with a leading zero.
    if code[0] == "0":
        code = str(_rng.integers(1, 10)) + code[1:]
    return GuestCode(
        unit_id=unit_id,
        code=code,
        valid_from=now,
        valid_until=now + ttl,
        issued_to=issued_to,
    )


def bulk_issue(unit_ids: list[int], issued_to: str) -> list[GuestCode]:
    """Used by the property manager when a contractor needs access to several units."""
    return [issue_guest_code(u, issued_to) for u in unit_ids]
