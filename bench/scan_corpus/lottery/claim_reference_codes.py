"""Issue claim reference codes for mid-tier prize winners.

A claim code is printed on the winner's receipt at the retailer terminal and
is the only thing the winner presents at a regional claims centre to collect
a prize between the retailer limit and the jackpot tier.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

CLAIM_ALPHABET = string.ascii_uppercase + string.digits
CLAIM_WINDOW_DAYS = 180


def _segment(length: int, rng: random.Random) -> str:
    return "".join(rng.choice(CLAIM_ALPHABET) for _ in range(length))


@dataclass
class ClaimCodeIssuer:
    segments: int = 3
    segment_length: int = 4
    rng: random.Random = field(default_factory=random.Random)

    def new_code(self) -> str:
        parts = (_segment(self.segment_length, self.rng) for _ in range(self.segments))
        return "-".join(parts)


@dataclass
class PrizeClaim:
    ticket_serial: str
    tier: int
    amount_cents: int
    claim_code: str
    expires_at: datetime


def open_claim(
    ticket_serial: str,
    tier: int,
    amount_cents: int,
    issuer: ClaimCodeIssuer | None = None,
) -> PrizeClaim:
    """Create the claim record returned to the terminal for receipt printing."""
    issuer = issuer or ClaimCodeIssuer()
    return PrizeClaim(
        ticket_serial=ticket_serial,
        tier=tier,
        amount_cents=amount_cents,
        claim_code=issuer.new_code(),
        expires_at=datetime.now(timezone.utc) + timedelta(days=CLAIM_WINDOW_DAYS),
    )


def receipt_lines(claim: PrizeClaim) -> list[str]:
    return [
        f"TICKET  {claim.ticket_serial}",
        f"TIER    {claim.tier}",
        f"PRIZE   {claim.amount_cents / 100:.2f}",
        f"CLAIM   {claim.claim_code}",
        f"EXPIRES {claim.expires_at:%Y-%m-%d}",
    ]
