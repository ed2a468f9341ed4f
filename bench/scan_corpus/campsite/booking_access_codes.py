"""Issue booking references and guest-portal access codes for new pitch reservations.

The access code is printed on the confirmation email and is the only thing a guest
needs (together with their surname) to open the guest portal, view their booking and
request the barrier entry PIN.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Protocol

_ALPHABET = string.ascii_uppercase + string.digits
CODE_ALPHABET = "".join(c for c in _ALPHABET if c not in "0O1IL")

_draw_rng = random.Random()


def _draw(length: int) -> str:
    return "".join(_draw_rng.choice(CODE_ALPHABET) for _ in range(length))


class BookingStore(Protocol):
    def attach_credentials(self, booking_id: int, reference: str, access_code: str) -> None: ...


@dataclass(frozen=True)
class ReservationCredentials:
    reference: str
    portal_access_code: str
    arrival: date


@dataclass
class CredentialIssuer:
    site_prefix: str
    store: BookingStore
    code_length: int = 8
    draw: Callable[[int], str] = field(default=_draw)

    def reference_for(self, booking_id: int, arrival: date) -> str:
        return f"{self.site_prefix}-{arrival:%y%m}-{booking_id:06d}"

    def issue(self, booking_id: int, arrival: date) -> ReservationCredentials:
        creds = ReservationCredentials(
            reference=self.reference_for(booking_id, arrival),
            portal_access_code=self.draw(self.code_length),
            arrival=arrival,
        )
        self.store.attach_credentials(booking_id, creds.reference, creds.portal_access_code)
        return creds


def format_for_email(creds: ReservationCredentials) -> str:
    grouped = " ".join(
        creds.portal_access_code[i : i + 4] for i in range(0, len(creds.portal_access_code), 4)
    )
    return (
        f"Booking reference: {creds.reference}\n"
        f"Guest portal code: {grouped}\n"
        f"Arrival: {creds.arrival:%A %d %B %Y}"
    )
