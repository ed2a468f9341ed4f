"""Claim tickets handed to hunters when they drop off an animal.

The ticket shows the intake tag (printed on the specimen's toe tag, not
secret) and a claim code that must be presented to collect the finished
mount.  A small random sample of each month's intakes is also pulled for
the game-warden audit of our intake paperwork.
"""
from __future__ import annotations

import random
import secrets
import string
import uuid
from dataclasses import dataclass, field
from datetime import date

CLAIM_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CLAIM_CODE_LENGTH = 10
AUDIT_SAMPLE_SIZE = 12


def new_claim_code(length: int = CLAIM_CODE_LENGTH) -> str:
    return "".join(secrets.choice(CLAIM_ALPHABET) for _ in range(length))


def format_claim_code(code: str) -> str:
    return "-".join(code[i : i + 5] for i in range(0, len(code), 5))


@dataclass
class ClaimTicket:
    intake_tag: str
    customer_name: str
    species: str
    received_on: date
    claim_code: str = field(default_factory=new_claim_code)
    ticket_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def printable(self) -> str:
        return "\n".join(
            [
                "NORTHWOODS TAXIDERMY - CLAIM TICKET",
                f"Tag:      {self.intake_tag}",
                f"Customer: {self.customer_name}",
                f"Species:  {self.species}",
                f"Received: {self.received_on:%Y-%m-%d}",
                "",
                f"Claim code: {format_claim_code(self.claim_code)}",
                "Bring this code to pick up your mount.",
            ]
        )


def next_intake_tag(season_year: int, sequence: int) -> str:
    return f"T{season_year % 100:02d}-{sequence:05d}"


def audit_sample(intake_tags: list[str], size: int = AUDIT_SAMPLE_SIZE) -> list[str]:
    """Pick intake records for the monthly paperwork audit."""
    if len(intake_tags) <= size:
        return sorted(intake_tags)
    return sorted(random.sample(intake_tags, size))

