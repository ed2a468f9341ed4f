"""Confirmation codes for lane and party bookings.

Customers quote the code at the front desk or type it into the kiosk to
check in, so it has to be short, unambiguous and hard to guess.
"""
from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

# no 0/O, 1/I/L to keep codes readable over the phone
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10


def confirmation_code(length: int = CODE_LENGTH) -> str:
    body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
    return f"{body[:5]}-{body[5:]}"


@dataclass
class Booking:
    site_id: int
    lanes: list[int]
    starts_at: datetime
    minutes: int
    party_package: str | None = None
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    code: str = field(default_factory=confirmation_code)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def summary(self) -> dict:
        return {
            "id": str(self.id),
            "code": self.code,
            "lanes": self.lanes,
            "starts_at": self.starts_at.isoformat(),
            "minutes": self.minutes,
            "package": self.party_package,
        }
