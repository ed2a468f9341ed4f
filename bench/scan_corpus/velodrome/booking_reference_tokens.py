"""Manage-my-booking links for track session bookings.

Each booking carries a short human-readable reference (shown on the receipt and
read out at the desk) and a separate unguessable token used in the emailed link.
"""
from __future__ import annotations

import hashlib
import random
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

_REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _desk_reference() -> str:
    return "VB-" + "".join(random.choices(_REF_ALPHABET, k=5))


def _manage_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass
class BookingLink:
    booking_id: int
    reference: str = field(default_factory=_desk_reference)
    token: str = field(default_factory=_manage_token)
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def token_hash(self) -> str:
        return hashlib.sha256(self.token.encode("ascii")).hexdigest()

    def url(self, base: str) -> str:
        return f"{base.rstrip('/')}/bookings/manage?t={self.token}"


class BookingLinkStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    def issue(self, booking_id: int) -> BookingLink:
        link = BookingLink(booking_id)
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE bookings SET reference = :ref, manage_token_sha256 = :th, "
                    "token_issued_at = :ts WHERE id = :id"
                ),
                {"ref": link.reference, "th": link.token_hash, "ts": link.issued_at, "id": booking_id},
            )
        return link

    def resolve(self, token: str) -> int | None:
        digest = hashlib.sha256(token.encode("ascii", "ignore")).hexdigest()
        with self.engine.connect() as conn:
            return conn.execute(
                text("SELECT id FROM bookings WHERE manage_token_sha256 = :th"),
                {"th": digest},
            ).scalar_one_or_none()
