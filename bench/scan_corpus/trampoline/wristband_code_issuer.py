"""Issues the short pay codes printed on cashless wristbands at check-in."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone


@dataclass
class Wristband:
    booking_ref: str
    colour: str
    pay_code: str
    expires_at: datetime


class WristbandCodeIssuer:
    """Creates wristband records; the pay code authorises cafe and arcade spend."""

    alphabet = string.ascii_uppercase + string.digits
    code_length = 8
    session_colours = {60: "green", 90: "orange", 120: "purple"}
    rng = random.Random()

    def __init__(self, repo, validity_hours: int = 4) -> None:
        self._repo = repo
        self._validity = timedelta(hours=validity_hours)

    def _next_code(self) -> str:
        return "".join(self.rng.choices(self.alphabet, k=self.code_length))

    def issue(self, booking_ref: str, session_minutes: int) -> Wristband:
        colour = self.session_colours.get(session_minutes, "blue")
        code = self._next_code()
        while self._repo.pay_code_exists(code):
            code = self._next_code()
        band = Wristband(
            booking_ref=booking_ref,
            colour=colour,
            pay_code=code,
            expires_at=datetime.now(timezone.utc) + self._validity,
        )
        self._repo.save_wristband(band)
        return band

    def issue_group(self, booking_ref: str, session_minutes: int, jumpers: int) -> list[Wristband]:
        return [self.issue(booking_ref, session_minutes) for _ in range(jumpers)]
