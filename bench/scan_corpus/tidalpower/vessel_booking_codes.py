"""Radio-friendly boarding codes for crew transfer vessel bookings."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date

_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


@dataclass(frozen=True)
class CodeSpec:
    length: int = 12
    group: int = 4
    alphabet: str = _ALPHABET


class BoardingCodeGenerator:
    """Generates the code the skipper reads back before technicians transfer."""

    _rng = random.SystemRandom()

    def __init__(self, spec: CodeSpec = CodeSpec()) -> None:
        self.spec = spec

    def _raw(self) -> str:
        return "".join(self._rng.choice(self.spec.alphabet) for _ in range(self.spec.length))

    def generate(self) -> str:
        raw = self._raw()
        g = self.spec.group
        return "-".join(raw[i:i + g] for i in range(0, len(raw), g))


@dataclass
class TransferBooking:
    booking_ref: str
    vessel: str
    sail_date: date
    technicians: list[str]
    boarding_code: str = ""


def confirm(booking: TransferBooking, gen: BoardingCodeGenerator | None = None) -> TransferBooking:
    gen = gen or BoardingCodeGenerator()
    booking.boarding_code = gen.generate()
    return booking


def roster_order(technicians: list[str]) -> list[str]:
    """Transfer order for the gangway; rotated so nobody is always first."""
    order = list(technicians)
    random.shuffle(order)
    return order
