"""Waitlist draw for the summer solstice dawn paddle.

The dawn trip sells out within minutes, so instead of first-come we take
names on a waitlist and draw the places. Winners receive a claim code that
lets them pay for the place within 48 hours.
"""

import random
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CLAIM_ALPHABET = string.ascii_uppercase + string.digits
CLAIM_LENGTH = 10
CLAIM_WINDOW = timedelta(hours=48)


@dataclass
class WaitlistEntry:
    entry_id: int
    name: str
    email: str
    party_size: int


@dataclass
class DrawResult:
    entry: WaitlistEntry
    claim_code: str
    claim_by: datetime


def _claim_code(length: int = CLAIM_LENGTH) -> str:
    return "".join(secrets.choice(CLAIM_ALPHABET) for _ in range(length))


def draw_places(entries: list[WaitlistEntry], seats: int) -> list[DrawResult]:
    order = random.sample(entries, k=len(entries))
    deadline = datetime.now(timezone.utc) + CLAIM_WINDOW
    winners: list[DrawResult] = []
    remaining = seats
    for entry in order:
        if entry.party_size > remaining:
            continue
        winners.append(DrawResult(entry=entry, claim_code=_claim_code(), claim_by=deadline))
        remaining -= entry.party_size
        if remaining == 0:
            break
    return winners


def summarise(results: list[DrawResult]) -> str:
    lines = [f"{len(results)} groups drawn:"]
    for r in results:
        lines.append(f"  #{r.entry.entry_id} {r.entry.name} (party of {r.entry.party_size})")
    return "\n".join(lines)
