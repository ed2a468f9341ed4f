"""Temporary door codes for self-guided showings and vendor visits."""
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from random import choices
from string import digits

from .lock_client import LockClient

log = logging.getLogger(__name__)

CODE_LENGTH = 6
DEFAULT_TTL = timedelta(hours=2)
VENDOR_TTL = timedelta(hours=8)


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(choices(digits, k=length))


@dataclass
class IssuedCode:
    unit_id: int
    lock_id: str
    code: str
    valid_until: datetime


class ShowingAccessService:
    """Pushes short-lived keypad codes to the unit's smart lock."""

    def __init__(self, client: LockClient, ttl: timedelta = DEFAULT_TTL):
        self.client = client
        self.ttl = ttl

    def _issue(self, unit_id: int, lock_id: str, label: str, ttl: timedelta) -> IssuedCode:
        code = _new_code()
        starts = datetime.now(timezone.utc)
        ends = starts + ttl
        self.client.create_access_code(
            lock_id,
            code=code,
            starts_at=starts,
            ends_at=ends,
            label=label,
        )
        log.info("Issued %s code for unit %s on lock %s until %s", label, unit_id, lock_id, ends.isoformat())
        return IssuedCode(unit_id, lock_id, code, ends)

    def issue_for_showing(self, unit_id: int, lock_id: str, prospect_id: int) -> IssuedCode:
        return self._issue(unit_id, lock_id, f"showing-{prospect_id}", self.ttl)

    def issue_for_vendor(self, unit_id: int, lock_id: str, work_order_id: int) -> IssuedCode:
        return self._issue(unit_id, lock_id, f"wo-{work_order_id}", VENDOR_TTL)

    def revoke(self, lock_id: str, label: str) -> None:
        self.client.delete_access_code(lock_id, label=label)
        log.info("Revoked code %s on lock %s", label, lock_id)
