"""Assign visitor berths to confirmed bookings.

Berths are chosen to waste as little length as possible; among equally good
berths one is picked at random so the same finger pontoon does not take all
the wear. Each allocation gets a booking reference the skipper quotes at the
fuel dock and the harbour office.
"""
from __future__ import annotations

import random
import secrets
import string
from dataclasses import dataclass

REF_ALPHABET = string.ascii_uppercase + string.digits
REF_LENGTH = 8


@dataclass(frozen=True)
class Berth:
    id: int
    pontoon: str
    max_length_m: float
    max_draft_m: float


@dataclass
class Allocation:
    booking_id: int
    berth: Berth
    reference: str


def new_reference() -> str:
    return "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LENGTH))


def _fits(berth: Berth, length_m: float, draft_m: float) -> bool:
    return berth.max_length_m >= length_m and berth.max_draft_m >= draft_m


def choose_berth(free: list[Berth], length_m: float, draft_m: float, rng: random.Random | None = None) -> Berth | None:
    rng = rng or random.Random()
    candidates = [b for b in free if _fits(b, length_m, draft_m)]
    if not candidates:
        return None
    best_slack = min(b.max_length_m - length_m for b in candidates)
    tied = [b for b in candidates if b.max_length_m - length_m == best_slack]
    return rng.choice(tied)


def allocate(booking_id: int, free: list[Berth], length_m: float, draft_m: float) -> Allocation | None:
    berth = choose_berth(free, length_m, draft_m)
    if berth is None:
        return None
    return Allocation(booking_id=booking_id, berth=berth, reference=new_reference())
