"""Generates booking references and the private manage codes sent in confirmation emails."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from typing import Callable

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class BookingCodes:
    reference: str
    manage_code: str


class CodeGenerator:
    """Reference is short and human-friendly; the manage code is the bearer secret."""

    def __init__(self, exists: Callable[[str], bool], manage_bytes: int = 16) -> None:
        self.exists = exists
        self.manage_bytes = manage_bytes

    def _reference(self, trip_day: date) -> str:
        body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
        return f"RB{trip_day:%y%m}-{body}"

    def _manage_code(self) -> str:
        return secrets.token_urlsafe(self.manage_bytes)

    def new(self, trip_day: date, attempts: int = 5) -> BookingCodes:
        for _ in range(attempts):
            ref = self._reference(trip_day)
            if not self.exists(ref):
                return BookingCodes(reference=ref, manage_code=self._manage_code())
        raise RuntimeError("could not allocate a unique booking reference")


def manage_link(base_url: str, codes: BookingCodes) -> str:
    return f"{base_url.rstrip('/')}/manage/{codes.reference}?code={codes.manage_code}"
