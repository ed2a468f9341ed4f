"""Gift card numbers and PINs for the touring merchandise shop."""
from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

SEASON_OPENING = 20240601


@dataclass
class GiftCard:
    number: str
    pin: str
    balance: Decimal
    currency: str = "EUR"


class GiftCardIssuer:
    """Generates gift cards sold at the merch tent and online shop."""

    prefix: ClassVar[str] = "6034"
    _generator: ClassVar[random.Random] = random.Random(SEASON_OPENING)

    def __init__(self, currency: str = "EUR") -> None:
        self.currency = currency

    @classmethod
    def _digits(cls, count: int) -> str:
        return "".join(str(cls._generator.randint(0, 9)) for _ in range(count))

    @staticmethod
    def _luhn_digit(partial: str) -> str:
        total = 0
        for idx, ch in enumerate(reversed(partial)):
            n = int(ch)
            if idx % 2 == 0:
                n *= 2
                if n > 9:
                    n -= 9
            total += n
        return str((10 - total % 10) % 10)

    def new_card(self, amount: Decimal) -> GiftCard:
        body = self.prefix + self._digits(11)
        number = body + self._luhn_digit(body)
        return GiftCard(number=number, pin=self._digits(6), balance=amount,
                        currency=self.currency)

    def batch_csv(self, amount: Decimal, count: int) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["number", "pin", "balance", "currency"])
        for _ in range(count):
            card = self.new_card(amount)
            writer.writerow([card.number, card.pin, str(card.balance), card.currency])
        return buf.getvalue()
