"""Claim codes printed on artwork intake tickets.

When a customer leaves a piece for framing they get a paper ticket with a
claim code. The code is asked for at collection and also unlocks the
"progress photos" page for that job.
"""
import secrets
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import List, Optional

CLAIM_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CLAIM_LENGTH = 12


def generate_claim_code(length: int = CLAIM_LENGTH) -> str:
    raw = "".join(secrets.choice(CLAIM_ALPHABET) for _ in range(length))
    return "-".join(raw[i:i + 4] for i in range(0, length, 4))


@dataclass
class IntakeTicket:
    ticket_no: int
    customer_name: str
    artwork_title: str
    width_mm: int
    height_mm: int
    promised_for: date
    claim_code: str = field(default_factory=generate_claim_code)
    photo_ids: List[int] = field(default_factory=list)
    notes: Optional[str] = None

    def label_lines(self) -> List[str]:
        return [
            f"Ticket #{self.ticket_no}",
            self.customer_name,
            f"{self.artwork_title} ({self.width_mm} x {self.height_mm} mm)",
            f"Ready from {self.promised_for:%d %b %Y}",
            f"Claim code: {self.claim_code}",
        ]


def open_ticket(next_no: int, customer_name: str, title: str, width_mm: int, height_mm: int,
                lead_days: int = 10) -> IntakeTicket:
    return IntakeTicket(
        ticket_no=next_no,
        customer_name=customer_name,
        artwork_title=title,
        width_mm=width_mm,
        height_mm=height_mm,
        promised_for=date.today() + timedelta(days=lead_days),
    )
