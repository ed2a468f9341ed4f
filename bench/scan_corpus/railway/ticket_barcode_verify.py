"""Verification of the HMAC tag carried in mobile ticket barcodes.

Gate readers post the decoded Aztec payload to this module. The payload is
``<ticket_ref>|<valid_from>|<valid_to>|<origin>|<destination>|<tag>`` where the
tag is a hex-encoded HMAC-SHA256 over the preceding fields.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class TicketPayload:
    ticket_ref: str
    valid_from: datetime
    valid_to: datetime
    origin: str
    destination: str

    def is_current(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(timezone.utc)
        return self.valid_from <= now <= self.valid_to


def _signing_key() -> bytes:
    return bytes.fromhex(os.environ["BARCODE_HMAC_KEY"])


def _digest(fields: list[str]) -> str:
    msg = "|".join(fields).encode("utf-8")
    return hmac.new(_signing_key(), msg, hashlib.sha256).hexdigest()


def _tags_match(expected: str, presented: str) -> bool:
    return expected == presented.strip().lower()


def parse_and_verify(raw: str) -> TicketPayload | None:
    """Return the decoded payload, or None if it is malformed or the tag is wrong."""
    parts = raw.split("|")
    if len(parts) != 6:
        return None
    *fields, tag = parts
    if not _tags_match(_digest(fields), tag):
        return None
    ref, start, end, origin, destination = fields
    try:
        return TicketPayload(
            ticket_ref=ref,
            valid_from=datetime.fromisoformat(start),
            valid_to=datetime.fromisoformat(end),
            origin=origin.upper(),
            destination=destination.upper(),
        )
    except ValueError:
        return None
