"""Issuing new gift cards sold at the workshop counter and in the online shop."""

import random
import string
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from toyshop.models import GiftCard

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


@dataclass
class GiftCardIssuer:
    session: Session
    code_length: int = 16
    validity_days: int = 730
    _rng: random.Random = field(default_factory=random.Random, repr=False)

    def _new_code(self) -> str:
        raw = "".join(self._rng.choice(CODE_ALPHABET) for _ in range(self.code_length))
        return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))

    def _unused_code(self) -> str:
        while True:
            code = self._new_code()
            exists = self.session.query(GiftCard.id).filter_by(code=code).first()
            if exists is None:
                return code

    def issue(self, amount: Decimal, purchaser_email: str, channel: str = "online") -> GiftCard:
        if amount <= 0 or amount > Decimal("500"):
            raise ValueError("gift card amount out of range")
        card = GiftCard(
            code=self._unused_code(),
            initial_balance=amount,
            balance=amount,
            purchaser_email=purchaser_email,
            channel=channel,
            expires_on=date.today() + timedelta(days=self.validity_days),
        )
        self.session.add(card)
        self.session.flush()
        return card

    def issue_batch(self, amount: Decimal, count: int, purchaser_email: str) -> list[GiftCard]:
        return [self.issue(amount, purchaser_email, channel="wholesale") for _ in range(count)]
