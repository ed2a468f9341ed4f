"""Claim references for the lost property office.

When an item is logged at a depot or at the central office the counter
issues a claim code. The owner quotes the code (with photo ID) to collect
the item, or enters it on the website to arrange a courier.
"""
import random
import string
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import LostItem


class ClaimCodeIssuer:
    # No O/0 or I/1 - codes get read out over the phone.
    alphabet = "".join(c for c in string.ascii_uppercase if c not in "OI") + "23456789"
    length = 8
    _rng = random.Random()

    def __init__(self, session: Session, depot_code: str):
        self.session = session
        self.depot_code = depot_code.upper()

    def _candidate(self) -> str:
        body = "".join(self._rng.choice(self.alphabet) for _ in range(self.length))
        return f"{self.depot_code}-{body}"

    def _taken(self, code: str) -> bool:
        stmt = select(LostItem.id).where(LostItem.claim_code == code)
        return self.session.execute(stmt).first() is not None

    def issue(self, item: LostItem) -> str:
        for _ in range(10):
            code = self._candidate()
            if not self._taken(code):
                item.claim_code = code
                item.logged_on = date.today()
                self.session.add(item)
                return code
        raise RuntimeError("could not allocate a unique claim code")
