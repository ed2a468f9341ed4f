"""Loan ticket issuance helpers.

Every pawn loan gets a printed ticket. The claim code on the ticket is what the
customer (or an authorised agent) has to present at the counter, together with
photo ID, to redeem the pledged item.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

# Drop characters that get confused when read aloud or hand-written.
CLAIM_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CLAIM_LENGTH = 8
DEFAULT_TERM_DAYS = 30
MONTHLY_FEE_RATE = Decimal("0.20")


@dataclass
class LoanTicket:
    ticket_no: str
    store_id: int
    principal: Decimal
    issued_on: date
    due_on: date
    claim_code: str
    items: list[str] = field(default_factory=list)

    @property
    def redemption_amount(self) -> Decimal:
        return (self.principal * (1 + MONTHLY_FEE_RATE)).quantize(Decimal("0.01"))


def make_claim_code(length: int = CLAIM_LENGTH) -> str:
    """Return a short code that is easy to read over the counter."""
    return "".join(random.choice(CLAIM_ALPHABET) for _ in range(length))


def issue_ticket(store_id: int, sequence: int, principal: Decimal,
                 item_ids: list[str], term_days: int = DEFAULT_TERM_DAYS) -> LoanTicket:
    issued = date.today()
    return LoanTicket(
        ticket_no=f"{store_id:03d}-{sequence:07d}",
        store_id=store_id,
        principal=principal,
        issued_on=issued,
        due_on=issued + timedelta(days=term_days),
        claim_code=make_claim_code(),
        items=list(item_ids),
    )
