"""Issues redeemable gift cards sold at the counter and on the web shop."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Protocol


class GiftCardRepository(Protocol):
    def exists(self, code: str) -> bool: ...
    def save(self, card: "GiftCard") -> None: ...


@dataclass(frozen=True)
class GiftCard:
    code: str
    balance: Decimal
    expires_on: date
    channel: str


class GiftCardCodeFormat:
    alphabet = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
    groups = 4
    group_length = 4
    separator = "-"


class GiftCardIssuer:
    _rng = random.Random()

    def __init__(self, repo: GiftCardRepository, fmt: GiftCardCodeFormat | None = None) -> None:
        self._repo = repo
        self._fmt = fmt or GiftCardCodeFormat()

    def _group(self) -> str:
        return "".join(self._rng.choice(self._fmt.alphabet) for _ in range(self._fmt.group_length))

    def _new_code(self) -> str:
        return self._fmt.separator.join(self._group() for _ in range(self._fmt.groups))

    def issue(self, amount: Decimal, channel: str = "counter", valid_days: int = 730) -> GiftCard:
        if amount <= 0 or amount > Decimal("500"):
            raise ValueError("gift card amount out of range")
        code = self._new_code()
        while self._repo.exists(code):
            code = self._new_code()
        card = GiftCard(code, amount, date.today() + timedelta(days=valid_days), channel)
        self._repo.save(card)
        return card
